using SharpAugment.Pipelines;

namespace SharpAugment.Text.Noise;

/// <summary>The count parameters every nlpaug character augmenter shares: how many words, then how many characters per word.</summary>
public abstract record CharNoiseOptions : TransformOptions
{
    /// <summary>Share of characters changed in a chosen word.</summary>
    [Param("share of characters changed per chosen word: ceil(aug_char_p * length)", Min = 0, Max = 1)]
    public double AugCharP { get; init; } = 0.3;

    /// <summary>At least this many characters per chosen word (0: no minimum).</summary>
    [Param("at least this many characters per chosen word (0: no minimum)", Min = 0, Max = 1000)]
    public int AugCharMin { get; init; } = 1;

    /// <summary>At most this many characters per chosen word (0: no maximum).</summary>
    [Param("at most this many characters per chosen word (0: no maximum)", Min = 0, Max = 1000)]
    public int AugCharMax { get; init; } = 10;

    /// <summary>Share of tokens chosen.</summary>
    [Param("share of tokens chosen: ceil(aug_word_p * tokens)", Min = 0, Max = 1)]
    public double AugWordP { get; init; } = 0.3;

    /// <summary>At least this many tokens (0: no minimum).</summary>
    [Param("at least this many tokens (0: no minimum)", Min = 0, Max = 1000)]
    public int AugWordMin { get; init; } = 1;

    /// <summary>At most this many tokens (0: no maximum).</summary>
    [Param("at most this many tokens (0: no maximum)", Min = 0, Max = 1000)]
    public int AugWordMax { get; init; } = 10;

    /// <summary>Tokens shorter than this are never chosen.</summary>
    [Param("tokens shorter than this are never chosen", Min = 0, Max = 1000)]
    public int MinChar { get; init; } = 4;
}
