using SharpAugment.Pipelines;

namespace SharpAugment.Text.Noise;

/// <summary>Options of <c>word_split</c>: nlpaug SplitAug's defaults.</summary>
public sealed record WordSplitOptions : TransformOptions
{
    /// <summary>Share of tokens split.</summary>
    [Param("share of tokens split: ceil(aug_p * tokens)", Min = 0, Max = 1)]
    public double AugP { get; init; } = 0.3;

    /// <summary>At least this many (0: no minimum).</summary>
    [Param("at least this many words (0: no minimum)", Min = 0, Max = 1000)]
    public int AugMin { get; init; } = 1;

    /// <summary>At most this many (0: no maximum).</summary>
    [Param("at most this many words (0: no maximum)", Min = 0, Max = 1000)]
    public int AugMax { get; init; } = 10;

    /// <summary>Words shorter than this are never split.</summary>
    [Param("words shorter than this are never split", Min = 3, Max = 1000)]
    public int MinChar { get; init; } = 4;
}
