using System.Text;
using SharpAugment.Randomness;

namespace SharpAugment.Text.Noise;

/// <summary>Word splitting, as nlpaug's SplitAug: ceil(aug_p * tokens) words (clamped) of at least min_char characters,
/// punctuation excluded, each cut in two at a position drawn from [1, length - 2] (numpy randint(1, length - 1)).</summary>
public sealed class WordSplit(WordSplitOptions options) : TextTransform<WordSplitOptions>("word_split", options)
{
    /// <inheritdoc/>
    protected override void Augment(string sentence, Rng rng, List<string> output) => output.Add(Split(sentence, rng));

    private string Split(string sentence, Rng rng)
    {
        var tokens = NlpaugText.Tokenize(sentence);
        int count = NlpaugText.Count(tokens.Count, Options.AugP, Options.AugMin, Options.AugMax);
        var candidates = new List<int>();
        for (int t = 0; t < tokens.Count; t++)
        {
            string token = sentence.Substring(tokens[t].Start, tokens[t].Length);
            if (!NlpaugText.IsPunctuation(token) && token.EnumerateRunes().Count() >= Options.MinChar)
            {
                candidates.Add(t);
            }
        }

        var chosen = NlpaugText.Sample(candidates, count, rng);
        Array.Sort(chosen);
        var replacements = new string?[tokens.Count];
        foreach (int t in chosen)
        {
            var runes = sentence.Substring(tokens[t].Start, tokens[t].Length).EnumerateRunes().ToArray();
            int cut = rng.Next(1, runes.Length - 1);
            var sb = new StringBuilder();
            for (int i = 0; i < runes.Length; i++)
            {
                if (i == cut)
                {
                    sb.Append(' ');
                }

                sb.Append(runes[i].ToString());
            }

            replacements[t] = sb.ToString();
        }

        return NlpaugText.Replace(sentence, tokens, replacements);
    }
}
