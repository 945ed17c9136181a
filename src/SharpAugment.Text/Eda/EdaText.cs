using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace SharpAugment.Text.Eda;

/// <summary>EDA's text handling: the reference's 128-entry stop-word list and cleaning (<c>get_only_chars</c>), and the
/// tokenizer / detokenizer of the case-keeping mode.</summary>
public static class EdaText
{
    /// <summary>The reference's stop words: 127 English words and the empty string (128 entries).</summary>
    public static IReadOnlySet<string> StopWords { get; } = new[]
    {
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves",
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
        "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was",
        "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "a", "an", "the",
        "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "against",
        "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "in",
        "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why",
        "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only",
        "own", "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don", "should", "now", string.Empty,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The reference cleaning: drop ’ and ', make - tab and newline spaces, lowercase, turn every character other than a-z and
    /// space into a space, collapse runs of spaces and remove one leading space (a trailing space stays, as in the reference).
    /// Where the reference raises on an empty result, this returns the empty string.
    /// </summary>
    public static string Clean(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var sb = new StringBuilder(line.Length);
        foreach (char c0 in line)
        {
            if (c0 is '\'' or '\u2019')
            {
                continue;
            }

            char c = char.ToLowerInvariant(c0);
            c = c is >= 'a' and <= 'z' ? c : ' ';
            if (c == ' ' && sb.Length > 0 && sb[^1] == ' ')
            {
                continue;
            }

            sb.Append(c);
        }

        if (sb.Length > 0 && sb[0] == ' ')
        {
            sb.Remove(0, 1);
        }

        return sb.ToString();
    }

    /// <summary>The reference's word list: the cleaned sentence split on spaces, empty tokens dropped.</summary>
    public static List<EdaToken> CleanWords(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var words = new List<EdaToken>();
        foreach (string w in cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(new EdaToken(w, words.Count == 0 ? string.Empty : " ", true));
        }

        return words;
    }

    /// <summary>Splits a sentence into words (letters, digits and marks, with inner apostrophes as in "don't") and single
    /// punctuation characters, each with its preceding whitespace, so that <see cref="Join"/> gives the sentence back.</summary>
    public static List<EdaToken> Tokenize(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = new List<EdaToken>();
        int i = 0;
        while (i < sentence.Length)
        {
            int wsStart = i;
            while (i < sentence.Length && char.IsWhiteSpace(sentence[i]))
            {
                i++;
            }

            if (i == sentence.Length)
            {
                // trailing whitespace rides on an empty punctuation token so that Join restores it
                tokens.Add(new EdaToken(string.Empty, sentence[wsStart..], false));
                break;
            }

            string leading = sentence[wsStart..i];
            int start = i;
            if (IsWordChar(sentence, i))
            {
                i += Width(sentence, i);
                while (i < sentence.Length && (IsWordChar(sentence, i)
                    || (sentence[i] is '\'' or '\u2019' && i + 1 < sentence.Length && IsWordChar(sentence, i + 1))))
                {
                    i += Width(sentence, i);
                }

                tokens.Add(new EdaToken(sentence[start..i], leading, true));
            }
            else
            {
                i += Width(sentence, i);
                tokens.Add(new EdaToken(sentence[start..i], leading, false));
            }
        }

        return tokens;
    }

    /// <summary>Joins tokens with their recorded whitespace.</summary>
    public static string Join(IReadOnlyList<EdaToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var sb = new StringBuilder();
        foreach (var t in tokens)
        {
            sb.Append(t.Leading).Append(t.Text);
        }

        return sb.ToString();
    }

    /// <summary>Gives a synonym the case pattern of the word it stands for: all capitals, a capital initial, or as it is.</summary>
    public static string MatchCase(string synonym, string original)
    {
        ArgumentNullException.ThrowIfNull(synonym);
        ArgumentNullException.ThrowIfNull(original);
        if (synonym.Length == 0 || original.Length == 0)
        {
            return synonym;
        }

        if (original.Length > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c)) && original.Any(char.IsLetter))
        {
            return synonym.ToUpperInvariant();
        }

        return char.IsUpper(original[0]) ? char.ToUpperInvariant(synonym[0]) + synonym[1..] : synonym;
    }

    private static int Width(string s, int i) => char.IsSurrogatePair(s, i) ? 2 : 1;

    private static bool IsWordChar(string s, int i)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(s, i);
        return char.IsLetterOrDigit(s, i) || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
