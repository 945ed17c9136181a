using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>random_tone_curve</c> (Albumentations RandomToneCurve, default p 0.5).</summary>
public sealed record RandomToneCurveOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public RandomToneCurveOptions() => P = 0.5;

    /// <summary>Spread of the control points.</summary>
    [Param("standard deviation of the two Bezier control points around 0.25 and 0.75", Min = 0, Max = 1)]
    public double Scale { get; init; } = 0.1;

    /// <summary>One curve per colour channel.</summary>
    [Param("draw one curve per colour channel instead of one for all")]
    public bool PerChannel { get; init; }
}
