using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Blur;

/// <summary>Options of <c>median_blur</c> (Albumentations MedianBlur, default p 0.5).</summary>
public sealed record MedianBlurOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public MedianBlurOptions() => P = 0.5;

    /// <summary>Kernel sizes to draw from; even bounds are raised to the next odd number, as Albumentations does.</summary>
    [Param("median window size: odd sizes drawn uniformly from lo..hi (bounds below 3 become 3, even bounds the next odd number; a single number is that size, where Albumentations reads it as 3..N)", Min = 0, Max = 255)]
    public IntRange BlurLimit { get; init; } = new(3, 7);
}
