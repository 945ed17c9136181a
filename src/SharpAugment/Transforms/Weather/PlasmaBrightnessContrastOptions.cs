using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Weather;

/// <summary>Options of <c>plasma_brightness_contrast</c> (Albumentations PlasmaBrightnessContrast).</summary>
public sealed record PlasmaBrightnessContrastOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public PlasmaBrightnessContrastOptions() => P = 0.5;

    /// <summary>Brightness added where the pattern is 1, on the [0, 1] scale.</summary>
    [Param("brightness added where the pattern is 1, on the [0, 1] scale", Min = -1, Max = 1)]
    public FloatRange BrightnessRange { get; init; } = new(-0.3, 0.3);

    /// <summary>Contrast change around the image mean where the pattern is 1.</summary>
    [Param("contrast change around the mean where the pattern is 1", Min = -1, Max = 1)]
    public FloatRange ContrastRange { get; init; } = new(-0.3, 0.3);

    /// <summary>Growth of the noise per diamond-square step: larger is rougher.</summary>
    [Param("noise growth per diamond-square step (larger is rougher)", Min = 0, MinExclusive = true, Max = 100)]
    public double Roughness { get; init; } = 3.0;
}
