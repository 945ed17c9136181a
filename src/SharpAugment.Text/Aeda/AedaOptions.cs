using SharpAugment.Pipelines;

namespace SharpAugment.Text.Aeda;

/// <summary>Options of <c>aeda</c>; defaults are akkarimi/aeda_nlp's (ratio 0.3, the six marks).</summary>
public sealed record AedaOptions : TransformOptions
{
    /// <summary>Augmented sentences per sentence (the paper used 1, 2, 4 and 8).</summary>
    [Param("augmented sentences per sentence (the paper used 1, 2, 4, 8)", Min = 1, Max = 1000)]
    public int NumAug { get; init; } = 1;

    /// <summary>Upper bound of the share of positions that get a mark: q = randint(1, int(ratio * words + 1)).</summary>
    [Param("marks inserted: q = randint(1, int(punc_ratio * words + 1))", Min = 0, Max = 1)]
    public double PuncRatio { get; init; } = 0.3;

    /// <summary>The marks, chosen uniformly.</summary>
    [Param("the punctuation marks to insert, chosen uniformly")]
    public string[] Punctuations { get; init; } = [".", ",", "!", "?", ";", ":"];

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (Punctuations.Length == 0 || Punctuations.Any(string.IsNullOrEmpty))
        {
            throw new TransformParameterException(transform, "punctuations", "[" + string.Join(", ", Punctuations) + "]", "a non-empty list of non-empty marks");
        }
    }
}
