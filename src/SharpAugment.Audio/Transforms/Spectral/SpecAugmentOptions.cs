using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Spectral;

/// <summary>Options of <c>spec_augment</c>: a named policy, or the explicit parameters (defaults are the LD policy's numbers).</summary>
public sealed record SpecAugmentOptions : TransformOptions
{
    /// <summary>A named policy overrides the six numbers below.</summary>
    [Param("policy: custom (use the parameters), none, lb, ld, sm, ss")]
    public SpecAugmentPolicy Policy { get; init; } = SpecAugmentPolicy.Custom;

    /// <summary>W: time warp distance in frames (0: no warp).</summary>
    [Param("W: maximum time warp distance in frames", Min = 0)]
    public int W { get; init; } = 80;

    /// <summary>F: frequency mask width bound.</summary>
    [Param("F: maximum frequency mask width in bins (exclusive)", Min = 0)]
    public int FreqMaskParam { get; init; } = 27;

    /// <summary>m_F: number of frequency masks.</summary>
    [Param("m_F: number of frequency masks", Min = 0, Max = 1000)]
    public int NFreqMasks { get; init; } = 2;

    /// <summary>T: time mask width bound.</summary>
    [Param("T: maximum time mask width in frames (exclusive)", Min = 0)]
    public int TimeMaskParam { get; init; } = 100;

    /// <summary>m_T: number of time masks.</summary>
    [Param("m_T: number of time masks", Min = 0, Max = 1000)]
    public int NTimeMasks { get; init; } = 2;

    /// <summary>p: a time mask is at most this fraction of the frames.</summary>
    [Param("p: upper bound on time mask width as a fraction of the frames", Min = 0, Max = 1)]
    public double MaxProportion { get; init; } = 1.0;

    /// <summary>Whether each channel gets its own masks (torchaudio's default: true).</summary>
    [Param("draw masks independently per channel")]
    public bool IidMasks { get; init; } = true;

    /// <summary>What masked cells become (torchaudio's default: the mean).</summary>
    [Param("mask value: zero or mean")]
    public MaskValue MaskValue { get; init; } = MaskValue.Mean;

    /// <summary>The numbers in effect: the policy's row, or the explicit parameters.</summary>
    public (int W, int F, int MF, int T, double P, int MT) Effective => Policy switch
    {
        SpecAugmentPolicy.None => (0, 0, 0, 0, 1.0, 0),
        SpecAugmentPolicy.Lb => (80, 27, 1, 100, 1.0, 1),
        SpecAugmentPolicy.Ld => (80, 27, 2, 100, 1.0, 2),
        SpecAugmentPolicy.Sm => (40, 15, 2, 70, 0.2, 2),
        SpecAugmentPolicy.Ss => (40, 27, 2, 70, 0.2, 2),
        _ => (W, FreqMaskParam, NFreqMasks, TimeMaskParam, MaxProportion, NTimeMasks),
    };
}
