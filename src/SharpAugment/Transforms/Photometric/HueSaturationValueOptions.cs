using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>hue_saturation_value</c> (Albumentations HueSaturationValue, default p 0.5); a single number is that shift (Albumentations reads it as -N..N).</summary>
public sealed record HueSaturationValueOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public HueSaturationValueOptions() => P = 0.5;

    /// <summary>The hue shift in OpenCV's 8-bit units (180 is the full circle).</summary>
    [Param("hue shift in OpenCV 8-bit units (0..179 is the full circle), drawn per call", Min = -360, Max = 360)]
    public FloatRange HueShiftLimit { get; init; } = new(-20, 20);

    /// <summary>The saturation shift in levels.</summary>
    [Param("saturation shift in levels of 0..255 (truncated to an integer), drawn per call", Min = -255, Max = 255)]
    public FloatRange SatShiftLimit { get; init; } = new(-30, 30);

    /// <summary>The value shift in levels.</summary>
    [Param("value (brightness) shift in levels of 0..255 (truncated to an integer), drawn per call", Min = -255, Max = 255)]
    public FloatRange ValShiftLimit { get; init; } = new(-20, 20);
}
