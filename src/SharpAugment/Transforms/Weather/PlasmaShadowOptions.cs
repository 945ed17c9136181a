using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Weather;

/// <summary>Options of <c>plasma_shadow</c> (Albumentations PlasmaShadow).</summary>
public sealed record PlasmaShadowOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public PlasmaShadowOptions() => P = 0.5;

    /// <summary>Darkening where the pattern is 1.</summary>
    [Param("darkening where the pattern is strongest", Min = 0, Max = 1)]
    public FloatRange ShadowIntensityRange { get; init; } = new(0.3, 0.7);

    /// <summary>Growth of the noise per diamond-square step: larger is rougher.</summary>
    [Param("noise growth per diamond-square step (larger is rougher)", Min = 0, MinExclusive = true, Max = 100)]
    public double Roughness { get; init; } = 3.0;
}
