using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>brightness</c>.</summary>
public sealed record BrightnessOptions : TransformOptions
{
    /// <summary>The factor, a constant or a range drawn per call.</summary>
    [Param("brightness factor: 0 black, 1 unchanged (torchvision adjust_brightness)", Min = 0)]
    public FloatRange Factor { get; init; } = new(0.8, 1.2);
}
