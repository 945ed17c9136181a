using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>sharpness</c>.</summary>
public sealed record SharpnessOptions : TransformOptions
{
    /// <summary>The factor, a constant or a range drawn per call.</summary>
    [Param("sharpness factor: 0 smoothed, 1 unchanged, 2 sharpened (torchvision adjust_sharpness)", Min = 0)]
    public FloatRange Factor { get; init; } = new(0.5, 1.5);
}
