using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Weather;

/// <summary>Options of <c>illumination</c> (Albumentations Illumination).</summary>
public sealed record IlluminationOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public IlluminationOptions() => P = 0.5;

    /// <summary>The light pattern.</summary>
    [Param("light pattern: linear, corner or gaussian")]
    public IlluminationMode Mode { get; init; } = IlluminationMode.Linear;

    /// <summary>Strength of the effect.</summary>
    [Param("strength of the effect", Min = 0.01, Max = 0.2)]
    public FloatRange IntensityRange { get; init; } = new(0.01, 0.2);

    /// <summary>Brighten, darken or both.</summary>
    [Param("brighten, darken or both (random sign)")]
    public IlluminationEffect EffectType { get; init; } = IlluminationEffect.Both;

    /// <summary>Gradient angle in degrees (linear mode).</summary>
    [Param("gradient angle in degrees (linear mode)", Min = 0, Max = 360)]
    public FloatRange AngleRange { get; init; } = new(0, 360);

    /// <summary>Spot centre as a fraction of width and height (gaussian mode).</summary>
    [Param("spot centre as a fraction of the size (gaussian mode)", Min = 0, Max = 1)]
    public FloatRange CenterRange { get; init; } = new(0.1, 0.9);

    /// <summary>Spot sigma as a fraction of the longer side (gaussian mode).</summary>
    [Param("spot sigma as a fraction of the longer side (gaussian mode)", Min = 0.2, Max = 1)]
    public FloatRange SigmaRange { get; init; } = new(0.2, 1.0);
}
