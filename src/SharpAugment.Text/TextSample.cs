namespace SharpAugment.Text;

/// <summary>
/// One labelled sentence on its way through a text pipeline: the original <see cref="Text"/>, its <see cref="Label"/>, and the
/// sentences produced from it so far (<see cref="Augmented"/>). A transform rewrites every sentence of <see cref="Current"/>:
/// a one-to-one transform (aeda, keyboard_typos) gives one sentence per sentence, a generator (eda with num_aug=9) gives
/// several, so <c>eda(num_aug=9) | keyboard_typos</c> yields 9 typo'd EDA sentences, and a transform that is skipped
/// (p, one_of) leaves the list as it was. <see cref="Output"/> is what EDA's augment.py writes: the augmented sentences,
/// then the original.
/// </summary>
/// <param name="Text">The original sentence (EDA's cleaning mode replaces it by its cleaned form, as the reference appends that).</param>
/// <param name="Label">The label, carried unchanged to every produced sentence.</param>
public sealed record TextSample(string Text, string? Label = null)
{
    /// <summary>The sentences produced so far, in order; empty before any transform ran.</summary>
    public IReadOnlyList<string> Augmented { get; init; } = [];

    /// <summary>What the next transform acts on: the produced sentences, or the original while there are none.</summary>
    public IReadOnlyList<string> Current => Augmented.Count > 0 ? Augmented : [Text];

    /// <summary>The augmented sentences followed by the original, as written per input line.</summary>
    public IReadOnlyList<string> Output()
    {
        var all = new List<string>(Augmented.Count + 1);
        all.AddRange(Augmented);
        all.Add(Text);
        return all;
    }
}
