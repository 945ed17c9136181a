using SharpAugment.Randomness;

namespace SharpAugment.Text.Eda;

/// <summary>
/// EDA's four operations over a token list, as in jasonwei20/eda_nlp code/eda.py. Punctuation tokens (case-keeping mode)
/// never move; in the reference's cleaning mode every token is a word. Each call returns a new list.
/// </summary>
public static class EdaOperations
{
    /// <summary>
    /// Synonym replacement: the distinct non-stop words in random order; each with synonyms gets one picked uniformly, which
    /// replaces every occurrence; stops after <paramref name="n"/> replacements.
    /// </summary>
    /// <param name="tokens">The sentence.</param>
    /// <param name="n">How many distinct words to replace.</param>
    /// <param name="rng">The random stream.</param>
    /// <param name="synonyms">The synonym lookup for a lowercase word.</param>
    /// <param name="keepCase">Whether replacements take the case pattern of the word they replace.</param>
    public static List<EdaToken> SynonymReplacement(IReadOnlyList<EdaToken> tokens, int n, Rng rng, Func<string, IReadOnlyList<string>> synonyms, bool keepCase)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentNullException.ThrowIfNull(synonyms);
        var result = new List<EdaToken>(tokens);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<string>();
        foreach (var t in tokens)
        {
            string key = Key(t);
            if (t.IsWord && !EdaText.StopWords.Contains(key) && seen.Add(key))
            {
                candidates.Add(key);
            }
        }

        var order = candidates.ToArray();
        rng.Shuffle(order.AsSpan());
        int replaced = 0;
        foreach (string word in order)
        {
            var options = synonyms(word);
            if (options.Count >= 1)
            {
                string synonym = options[rng.Next(options.Count)];
                for (int i = 0; i < result.Count; i++)
                {
                    if (result[i].IsWord && Key(result[i]) == word)
                    {
                        result[i] = result[i] with { Text = keepCase ? EdaText.MatchCase(synonym, tokens[i].Text) : synonym };
                    }
                }

                replaced++;
            }

            if (replaced >= n)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>
    /// Random insertion, <paramref name="n"/> times: pick a random word of the sentence (stop words included, as the reference
    /// code does), up to 10 tries to find one with synonyms, then insert its first synonym before a random word.
    /// </summary>
    public static List<EdaToken> RandomInsertion(IReadOnlyList<EdaToken> tokens, int n, Rng rng, Func<string, IReadOnlyList<string>> synonyms)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentNullException.ThrowIfNull(synonyms);
        var result = new List<EdaToken>(tokens);
        var words = new List<int>();
        for (int k = 0; k < n; k++)
        {
            WordPositions(result, words);
            if (words.Count == 0)
            {
                break;
            }

            IReadOnlyList<string> options = [];
            for (int attempt = 1; options.Count < 1; attempt++)
            {
                options = synonyms(Key(result[words[rng.Next(words.Count)]]));
                if (attempt >= 10)
                {
                    // the reference gives up on the tenth draw even when that draw found synonyms
                    options = [];
                    break;
                }
            }

            if (options.Count == 0)
            {
                continue;
            }

            int at = words[rng.Next(words.Count)];
            var target = result[at];
            result.Insert(at, new EdaToken(options[0], target.Leading, true));
            result[at + 1] = target with { Leading = " " };
        }

        return result;
    }

    /// <summary>Random swap, <paramref name="n"/> times: swap two random words; when the second draw equals the first,
    /// redraw, and after 4 equal draws leave the sentence unchanged for that swap.</summary>
    public static List<EdaToken> RandomSwap(IReadOnlyList<EdaToken> tokens, int n, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(rng);
        var result = new List<EdaToken>(tokens);
        var words = new List<int>();
        WordPositions(result, words);
        if (words.Count == 0)
        {
            return result;
        }

        for (int k = 0; k < n; k++)
        {
            int a = rng.Next(words.Count);
            int b = a;
            int counter = 0;
            bool swap = true;
            while (b == a)
            {
                b = rng.Next(words.Count);
                counter++;
                if (counter > 3)
                {
                    swap = false;
                    break;
                }
            }

            if (swap)
            {
                int i = words[a], j = words[b];
                string ti = result[i].Text;
                result[i] = result[i] with { Text = result[j].Text };
                result[j] = result[j] with { Text = ti };
            }
        }

        return result;
    }

    /// <summary>Random deletion: a one-word sentence is kept; otherwise each word is kept when a uniform draw exceeds
    /// <paramref name="p"/>; if every word went, one random original word is kept.</summary>
    public static List<EdaToken> RandomDeletion(IReadOnlyList<EdaToken> tokens, double p, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(rng);
        var words = new List<int>();
        WordPositions(tokens, words);
        if (words.Count <= 1)
        {
            return new List<EdaToken>(tokens);
        }

        var keep = new bool[tokens.Count];
        int kept = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord)
            {
                keep[i] = true;
            }
            else if (rng.NextDouble() > p)
            {
                keep[i] = true;
                kept++;
            }
        }

        if (kept == 0)
        {
            keep[words[rng.Next(words.Count)]] = true;
        }

        var result = new List<EdaToken>(tokens.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (keep[i])
            {
                result.Add(tokens[i]);
            }
        }

        if (result.Count > 0 && !keep[0])
        {
            // the sentence keeps its own leading whitespace (none, in the cleaning mode) whichever token now starts it
            result[0] = result[0] with { Leading = tokens[0].Leading };
        }

        return result;
    }

    /// <summary>The lookup key of a token: lowercase text.</summary>
    internal static string Key(EdaToken t) => t.Text.ToLowerInvariant();

    private static void WordPositions(IReadOnlyList<EdaToken> tokens, List<int> words)
    {
        words.Clear();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord)
            {
                words.Add(i);
            }
        }
    }
}
