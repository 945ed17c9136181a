using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>contrast</c>.</summary>
public sealed record ContrastOptions : TransformOptions
{
    /// <summary>The factor, a constant or a range drawn per call.</summary>
    [Param("contrast factor: 0 the gray mean, 1 unchanged (torchvision adjust_contrast)", Min = 0)]
    public FloatRange Factor { get; init; } = new(0.8, 1.2);
}
