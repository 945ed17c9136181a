using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Blur;

/// <summary>Options of <c>defocus</c> (Albumentations Defocus, default p 0.5).</summary>
public sealed record DefocusOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public DefocusOptions() => P = 0.5;

    /// <summary>The disk radius in pixels.</summary>
    [Param("disk radius in pixels, drawn per call", Min = 1, Max = 100)]
    public IntRange Radius { get; init; } = new(3, 10);

    /// <summary>The Gaussian sigma that softens the disk's edge.</summary>
    [Param("sigma of the Gaussian that softens the disk edge, drawn per call", Min = 0, Max = 10)]
    public FloatRange AliasBlur { get; init; } = new(0.1, 0.5);
}
