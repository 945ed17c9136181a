using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Blur;

/// <summary>Options of <c>glass_blur</c> (Albumentations GlassBlur, default p 0.5).</summary>
public sealed record GlassBlurOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public GlassBlurOptions() => P = 0.5;

    /// <summary>Sigma of the Gaussian before and after the swaps.</summary>
    [Param("sigma of the Gaussian blur applied before and after the swaps", Min = 0, MinExclusive = true, Max = 20)]
    public double Sigma { get; init; } = 0.7;

    /// <summary>Largest swap distance.</summary>
    [Param("largest swap offset in pixels (offsets are drawn from -max_delta..max_delta-1)", Min = 1, Max = 64)]
    public int MaxDelta { get; init; } = 4;

    /// <summary>Swap passes.</summary>
    [Param("number of swap passes", Min = 1, Max = 16)]
    public int Iterations { get; init; } = 2;

    /// <summary>Swap order.</summary>
    [Param("fast (all swaps of a pass at once, as NumPy) or exact (one after another)")]
    public GlassBlurMode Mode { get; init; } = GlassBlurMode.Fast;
}
