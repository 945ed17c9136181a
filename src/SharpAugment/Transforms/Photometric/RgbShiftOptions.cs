using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>rgb_shift</c> (Albumentations RGBShift, default p 0.5): a range with a bound beyond ±1 is in levels of 255, otherwise a fraction of the maximum, as there.</summary>
public sealed record RgbShiftOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public RgbShiftOptions() => P = 0.5;

    /// <summary>The red shift.</summary>
    [Param("red shift: levels of 255 when a bound exceeds 1, else a fraction of the maximum", Min = -255, Max = 255)]
    public FloatRange RShiftLimit { get; init; } = new(-20, 20);

    /// <summary>The green shift.</summary>
    [Param("green shift: levels of 255 when a bound exceeds 1, else a fraction of the maximum", Min = -255, Max = 255)]
    public FloatRange GShiftLimit { get; init; } = new(-20, 20);

    /// <summary>The blue shift.</summary>
    [Param("blue shift: levels of 255 when a bound exceeds 1, else a fraction of the maximum", Min = -255, Max = 255)]
    public FloatRange BShiftLimit { get; init; } = new(-20, 20);
}
