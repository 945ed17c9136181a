using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Blur;

/// <summary>Options of <c>blur</c> (Albumentations Blur, default p 0.5).</summary>
public sealed record BlurOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public BlurOptions() => P = 0.5;

    /// <summary>Kernel sizes to draw from; even bounds are raised to the next odd number, as Albumentations does.</summary>
    [Param("box kernel size: odd sizes drawn uniformly from lo..hi (bounds below 3 become 3, even bounds the next odd number; a single number is that size, where Albumentations reads it as 3..N)", Min = 0, Max = 255)]
    public IntRange BlurLimit { get; init; } = new(3, 7);
}
