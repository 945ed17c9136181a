using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>posterize</c> (torchvision posterize).</summary>
public sealed record PosterizeOptions : TransformOptions
{
    /// <summary>Bits kept per channel.</summary>
    [Param("bits kept per channel, 0 to 8 (8 leaves the image unchanged)", Min = 0, Max = 8)]
    public IntRange Bits { get; init; } = 4;
}
