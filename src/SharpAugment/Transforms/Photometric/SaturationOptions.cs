using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>saturation</c>.</summary>
public sealed record SaturationOptions : TransformOptions
{
    /// <summary>The factor, a constant or a range drawn per call.</summary>
    [Param("saturation factor: 0 gray, 1 unchanged (torchvision adjust_saturation)", Min = 0)]
    public FloatRange Factor { get; init; } = new(0.8, 1.2);
}
