using System.Collections.Frozen;
using System.Text;
using SharpAugment.Randomness;

namespace SharpAugment.Text.Noise;

/// <summary>OCR confusions, as nlpaug's OcrAug: a chosen character becomes one a recognizer confuses it with (0 and O, 1 and l,
/// 8 and S...). The table is nlpaug's res/char/ocr/en.json (MIT) with the reverse pairs nlpaug adds when it loads it.</summary>
public sealed class OcrErrors(OcrErrorsOptions options) : CharNoise<OcrErrorsOptions>("ocr_errors", options)
{
    private static readonly FrozenDictionary<string, string[]> Model = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["0"] = ["8", "9", "o", "O", "D"], ["1"] = ["4", "7", "l", "I"], ["2"] = ["z", "Z"], ["5"] = ["8"], ["6"] = ["b"],
        ["8"] = ["s", "S", "@", "&", "0", "5"], ["9"] = ["g", "q", "0"], ["o"] = ["u", "0"], ["r"] = ["k"], ["C"] = ["G"],
        ["O"] = ["D", "U", "0"], ["E"] = ["B"], ["D"] = ["0", "O"], ["4"] = ["1"], ["7"] = ["1"], ["l"] = ["1"], ["I"] = ["1"],
        ["z"] = ["2"], ["Z"] = ["2"], ["b"] = ["6"], ["s"] = ["8"], ["S"] = ["8"], ["@"] = ["8"], ["&"] = ["8"], ["g"] = ["9"],
        ["q"] = ["9"], ["u"] = ["o"], ["k"] = ["r"], ["G"] = ["C"], ["U"] = ["O"], ["B"] = ["E"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What a character can be misread as (empty when nothing).</summary>
    public static IReadOnlyList<string> Confusions(string c) => Model.TryGetValue(c, out var v) ? v : [];

    /// <inheritdoc/>
    protected override bool IsEligibleChar(Rune c) => Model.ContainsKey(c.ToString());

    /// <inheritdoc/>
    protected override void ChangeChars(List<Rune> chars, int[] positions, Rng rng) => NlpaugText.SubstituteFromTable(chars, positions, Model, rng);
}
