using System.Collections.Frozen;
using System.Text;
using SharpAugment.Randomness;

namespace SharpAugment.Text.Noise;

/// <summary>
/// Keyboard typos, as nlpaug's KeyboardAug with its English QWERTY table: a chosen character becomes one of its neighbouring
/// keys. The table is nlpaug's res/char/keyboard/en.json (MIT), expanded as nlpaug does (upper-case variants, the key itself
/// removed, sorted); its one entry with a stray space (" t" for u) is read as "t".
/// </summary>
public sealed class KeyboardTypos : CharNoise<KeyboardTyposOptions>
{
    // key -> neighbouring keys, as in nlpaug's en.json
    private static readonly (string Key, string Neighbours)[] Qwerty =
    [
        ("1", "!2@qw"), ("2", "@1!3#qwe"), ("3", "#2@4$we"), ("4", "$3#5%er"), ("5", "%4$6^rty"), ("6", "^5%7&tyu"),
        ("7", "&6^8*yui"), ("8", "*7&9(uio"), ("9", "(8*0)iop"), ("!", "@q"), ("@", "!#qw"), ("#", "@$we"), ("$", "#%er"),
        ("%", "$"), ("q", "1!2@was"), ("w", "1!2@3#qeasd"), ("e", "2@3#4$wrsdf"), ("r", "3#4$5%etdfg"), ("t", "4$5%6^ryfgh"),
        ("y", "5%6^7&tughj"), ("u", "6^7&8*tihjk"), ("i", "7&8*9(uojkl"), ("o", "8*9(0)ipkl"), ("p", "9(0)ol"),
        ("a", "qwaszx"), ("s", "qweadzxc"), ("d", "wersfxcv"), ("f", "ertdgcvb"), ("g", "rtyfhvbn"), ("h", "tyugjbnm"),
        ("j", "yuihknm,<"), ("k", "uiojlm,<.>"), ("l", "iopk;:,<.>/?"), ("z", "asx"), ("x", "asdzc"), ("c", "sdfxv"),
        ("v", "dfgcb"), ("b", "fghvn"), ("n", "ghjbm"), ("m", "hjkn,<"),
    ];

    private readonly FrozenDictionary<string, string[]> _model;

    /// <summary>Builds the neighbour table the options allow.</summary>
    public KeyboardTypos(KeyboardTyposOptions options)
        : base("keyboard_typos", options)
    {
        _model = BuildModel(options.IncludeSpecialChar, options.IncludeNumeric, options.IncludeUpperCase);
    }

    /// <summary>The neighbours a key can become (empty when it has none).</summary>
    public IReadOnlyList<string> Neighbours(string key) => _model.TryGetValue(key, out var n) ? n : [];

    /// <inheritdoc/>
    protected override bool IsEligibleToken(string token) => Options.IncludeSpecialChar || !NlpaugText.IsPunctuation(token);

    /// <inheritdoc/>
    protected override bool IsEligibleChar(Rune c) => _model.ContainsKey(c.ToString());

    /// <inheritdoc/>
    protected override void ChangeChars(List<Rune> chars, int[] positions, Rng rng) => NlpaugText.SubstituteFromTable(chars, positions, _model, rng);

    private static FrozenDictionary<string, string[]> BuildModel(bool special, bool numeric, bool upper)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, neighbours) in Qwerty)
        {
            if ((!numeric && IsDigits(key)) || (!special && !IsLowerAlnum(key)))
            {
                continue;
            }

            string keyUpper = key.ToUpperInvariant();
            var own = result[key] = [];
            var shifted = result[keyUpper] = keyUpper == key ? own : [];
            foreach (char c in neighbours)
            {
                string v = c.ToString();
                if ((!numeric && IsDigits(v)) || (!special && !IsLowerAlnum(v)))
                {
                    continue;
                }

                own.Add(v);
                if (upper)
                {
                    own.Add(v.ToUpperInvariant());
                    shifted.Add(v);
                    shifted.Add(v.ToUpperInvariant());
                }
            }
        }

        var clean = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, values) in result)
        {
            var distinct = values.Where(v => v != key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (values.Count > 0 && distinct.Length > 0)
            {
                clean[key] = distinct;
            }
        }

        return clean.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static bool IsDigits(string s) => s.All(char.IsAsciiDigit);

    private static bool IsLowerAlnum(string s) => s.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c));
}
