using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Spectral;

/// <summary>Options of <c>frequency_masking</c> (torchaudio.transforms.FrequencyMasking).</summary>
public sealed record FrequencyMaskingOptions : TransformOptions
{
    /// <summary>F: a mask is floor(u * F) bins wide, so at most F - 1.</summary>
    [Param("F: maximum mask width in bins (exclusive)", Min = 0)]
    public int FreqMaskParam { get; init; } = 27;

    /// <summary>How many masks.</summary>
    [Param("number of frequency masks", Min = 0, Max = 1000)]
    public int Count { get; init; } = 1;

    /// <summary>Whether each channel gets its own masks.</summary>
    [Param("draw masks independently per channel")]
    public bool IidMasks { get; init; }

    /// <summary>What masked cells become.</summary>
    [Param("mask value: zero or mean")]
    public MaskValue MaskValue { get; init; } = MaskValue.Zero;
}
