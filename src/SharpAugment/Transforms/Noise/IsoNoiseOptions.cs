using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Noise;

/// <summary>Options of <c>iso_noise</c> (Albumentations ISONoise).</summary>
public sealed record IsoNoiseOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public IsoNoiseOptions() => P = 0.5;

    /// <summary>Hue noise standard deviation (times intensity), in OpenCV's float hue unit (degrees).</summary>
    [Param("hue noise standard deviation (times intensity), in degrees of OpenCV's float HLS", Min = 0, Max = 1)]
    public FloatRange ColorShift { get; init; } = new(0.01, 0.05);

    /// <summary>Strength of the luminance (Poisson) and colour noise.</summary>
    [Param("strength of the luminance and colour noise", Min = 0, Max = 10)]
    public FloatRange Intensity { get; init; } = new(0.1, 0.5);
}
