using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>random_brightness_contrast</c> (Albumentations RandomBrightnessContrast, default p 0.5).</summary>
public sealed record RandomBrightnessContrastOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public RandomBrightnessContrastOptions() => P = 0.5;

    /// <summary>The added brightness, a fraction of the maximum (or of the mean).</summary>
    [Param("brightness offset as a fraction of the maximum value (or of the image mean), drawn per call", Min = -10, Max = 10)]
    public FloatRange BrightnessLimit { get; init; } = new(-0.2, 0.2);

    /// <summary>The contrast change: the multiplier is 1 + the drawn value.</summary>
    [Param("contrast change: pixels are multiplied by 1 + this (no centring on the mean, as Albumentations)", Min = -10, Max = 10)]
    public FloatRange ContrastLimit { get; init; } = new(-0.2, 0.2);

    /// <summary>Whether the brightness is a fraction of the maximum value (true) or of the image mean.</summary>
    [Param("true: brightness is a fraction of 255 (1.0 for floats); false: of the image mean")]
    public bool BrightnessByMax { get; init; } = true;

    /// <summary>Whether to shrink the drawn values so no pixel leaves the range.</summary>
    [Param("shrink the drawn alpha and beta so that 0 and the maximum stay in range (Albumentations get_safe_brightness_contrast_params)")]
    public bool EnsureSafeRange { get; init; }
}
