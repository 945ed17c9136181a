using System.Globalization;
using System.Text;
using SharpAugment.Randomness;

namespace SharpAugment.Text.Noise;

/// <summary>nlpaug's shared rules: its tokenization (runs of word characters, and every other non-space character alone),
/// its count rule (ceil(p * size) clamped to [min, max]) and its sampling without replacement.</summary>
public static class NlpaugText
{
    /// <summary>nlpaug's <c>_generate_aug_cnt</c>: ceil(p * size), raised to <paramref name="min"/> and lowered to
    /// <paramref name="max"/> (a bound of 0 is no bound, as a falsy bound is in nlpaug).</summary>
    public static int Count(int size, double p, int min, int max)
    {
        int count = (int)Math.Ceiling(p * size);
        if (min > 0 && count < min)
        {
            return min;
        }

        return max > 0 && count > max ? max : count;
    }

    /// <summary>The tokens of <c>re.split(r'(\W)', text)</c> without the whitespace ones, as (start, length) spans of the text.</summary>
    public static List<(int Start, int Length)> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<(int, int)>();
        int i = 0;
        while (i < text.Length)
        {
            int w = char.IsSurrogatePair(text, i) ? 2 : 1;
            if (IsWordChar(text, i))
            {
                int start = i;
                while (i < text.Length && IsWordChar(text, i))
                {
                    i += char.IsSurrogatePair(text, i) ? 2 : 1;
                }

                tokens.Add((start, i - start));
            }
            else
            {
                if (!char.IsWhiteSpace(text, i))
                {
                    tokens.Add((i, w));
                }

                i += w;
            }
        }

        return tokens;
    }

    /// <summary><c>random.sample(items, k)</c>: k distinct items in random order (partial Fisher-Yates).</summary>
    public static int[] Sample(IReadOnlyList<int> items, int k, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(rng);
        var pool = items.ToArray();
        k = Math.Clamp(k, 0, pool.Length);
        for (int i = 0; i < k; i++)
        {
            int j = rng.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool[..k];
    }

    /// <summary>Whether a token is one ASCII punctuation character (Python's <c>string.punctuation</c>).</summary>
    public static bool IsPunctuation(string token) => token.Length == 1 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".Contains(token[0], StringComparison.Ordinal);

    /// <summary>
    /// nlpaug's word step: count(tokens, p, min, max) tokens drawn among the eligible ones of at least
    /// <paramref name="minChar"/> characters, each changed by <paramref name="change"/> in text order; the text between
    /// tokens is kept as written.
    /// </summary>
    internal static string ChangeTokens(string sentence, double p, int min, int max, int minChar, Func<string, bool> eligible, Func<string, Rng, string> change, Rng rng)
    {
        var tokens = Tokenize(sentence);
        int count = Count(tokens.Count, p, min, max);
        var candidates = new List<int>();
        for (int t = 0; t < tokens.Count; t++)
        {
            string token = sentence.Substring(tokens[t].Start, tokens[t].Length);
            if (token.EnumerateRunes().Count() >= minChar && eligible(token))
            {
                candidates.Add(t);
            }
        }

        var chosen = Sample(candidates, count, rng);
        Array.Sort(chosen);
        var replacements = new string?[tokens.Count];
        foreach (int t in chosen)
        {
            replacements[t] = change(sentence.Substring(tokens[t].Start, tokens[t].Length), rng);
        }

        return Replace(sentence, tokens, replacements);
    }

    /// <summary>Replaces each character at <paramref name="positions"/> by one of its entries in <paramref name="table"/>, uniformly.</summary>
    internal static void SubstituteFromTable(List<System.Text.Rune> chars, int[] positions, IReadOnlyDictionary<string, string[]> table, Rng rng)
    {
        foreach (int i in positions)
        {
            var options = table[chars[i].ToString()];
            chars[i] = System.Text.Rune.GetRuneAt(options[rng.Next(options.Length)], 0);
        }
    }

    /// <summary>Replaces token spans of <paramref name="text"/> by new texts, keeping everything between them as written.</summary>
    private static string Replace(string text, List<(int Start, int Length)> tokens, string?[] replacements)
    {
        var sb = new StringBuilder(text.Length + 16);
        int at = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            if (replacements[t] is not string r)
            {
                continue;
            }

            sb.Append(text, at, tokens[t].Start - at).Append(r);
            at = tokens[t].Start + tokens[t].Length;
        }

        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }

    private static bool IsWordChar(string s, int i)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(s, i);
        return char.IsLetterOrDigit(s, i) || s[i] == '_' || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
