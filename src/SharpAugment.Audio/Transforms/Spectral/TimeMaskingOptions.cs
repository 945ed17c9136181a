using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Spectral;

/// <summary>Options of <c>time_masking</c> (torchaudio.transforms.TimeMasking).</summary>
public sealed record TimeMaskingOptions : TransformOptions
{
    /// <summary>T: a mask is floor(u * T) frames wide, so at most T - 1.</summary>
    [Param("T: maximum mask width in frames (exclusive)", Min = 0)]
    public int TimeMaskParam { get; init; } = 30;

    /// <summary>How many masks.</summary>
    [Param("number of time masks", Min = 0, Max = 1000)]
    public int Count { get; init; } = 1;

    /// <summary>The paper's p bound: a mask is at most this fraction of the frames (torchaudio's TimeMasking p).</summary>
    [Param("upper bound on mask width as a fraction of the frames (paper's p)", Min = 0, Max = 1)]
    public double MaxProportion { get; init; } = 1.0;

    /// <summary>Whether each channel gets its own masks.</summary>
    [Param("draw masks independently per channel")]
    public bool IidMasks { get; init; }

    /// <summary>What masked cells become.</summary>
    [Param("mask value: zero or mean")]
    public MaskValue MaskValue { get; init; } = MaskValue.Zero;
}
