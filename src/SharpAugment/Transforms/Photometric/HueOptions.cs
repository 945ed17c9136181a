using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>hue</c>.</summary>
public sealed record HueOptions : TransformOptions
{
    /// <summary>The factor, a constant or a range drawn per call.</summary>
    [Param("hue shift in turns, in [-0.5, 0.5] (torchvision adjust_hue)", Min = -0.5, Max = 0.5)]
    public FloatRange Factor { get; init; } = new(-0.1, 0.1);
}
