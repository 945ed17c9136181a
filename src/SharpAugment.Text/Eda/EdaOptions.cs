using System.Globalization;
using SharpAugment.Pipelines;

namespace SharpAugment.Text.Eda;

/// <summary>Options of <c>eda</c>; the defaults are the reference's (alpha 0.1 for every operation, 9 augmented sentences).</summary>
public sealed record EdaOptions : TransformOptions
{
    /// <summary>How many augmented sentences per sentence; below 1, each candidate is kept with probability num_aug / candidates.</summary>
    [Param("augmented sentences per sentence (an integer from 1, or a fraction below 1 used as a keep probability)", Min = 0)]
    public double NumAug { get; init; } = 9;

    /// <summary>When set, the value of alpha_sr, alpha_ri, alpha_rs and p_rd together.</summary>
    [Param("sets alpha_sr, alpha_ri, alpha_rs and p_rd together", Min = 0, Max = 1)]
    public double? Alpha { get; init; }

    /// <summary>Synonym replacement strength: n = max(1, int(alpha_sr * words)); 0 disables it.</summary>
    [Param("synonym replacement: n = max(1, int(alpha_sr * words)); 0 turns it off", Min = 0, Max = 1)]
    public double AlphaSr { get; init; } = 0.1;

    /// <summary>Random insertion strength; 0 disables it.</summary>
    [Param("random insertion: n = max(1, int(alpha_ri * words)); 0 turns it off", Min = 0, Max = 1)]
    public double AlphaRi { get; init; } = 0.1;

    /// <summary>Random swap strength; 0 disables it.</summary>
    [Param("random swap: n = max(1, int(alpha_rs * words)); 0 turns it off", Min = 0, Max = 1)]
    public double AlphaRs { get; init; } = 0.1;

    /// <summary>Random deletion probability per word; 0 disables it.</summary>
    [Param("random deletion: probability of deleting each word; 0 turns it off", Min = 0, Max = 1)]
    public double PRd { get; init; } = 0.1;

    /// <summary>Keep case and punctuation (tokenize, augment words, detokenize) instead of the reference's lowercase a-z cleaning.</summary>
    [Param("keep case and punctuation instead of the reference cleaning (lowercase a-z only)")]
    public bool KeepCase { get; init; }

    /// <summary>A WordNet 3.0 database directory to read synonyms from; empty uses the embedded WordNet 3.0.</summary>
    [Param("WordNet 3.0 database directory (data.*, index.*, *.exc); empty: the embedded WordNet")]
    public string Wordnet { get; init; } = string.Empty;

    /// <summary>The four strengths after <see cref="Alpha"/> is applied.</summary>
    internal (double Sr, double Ri, double Rs, double Rd) Strengths => Alpha is double a ? (a, a, a, a) : (AlphaSr, AlphaRi, AlphaRs, PRd);

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (NumAug >= 1 && NumAug != Math.Floor(NumAug))
        {
            throw new TransformParameterException(transform, "num_aug", NumAug.ToString("R", CultureInfo.InvariantCulture), "an integer >= 1, or a fraction in [0, 1)");
        }
    }
}
