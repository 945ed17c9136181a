using System.Text;
using SharpAugment.Randomness;

namespace SharpAugment.Text.Noise;

/// <summary>Word splitting, as nlpaug's SplitAug: ceil(aug_p * tokens) words (clamped) of at least min_char characters,
/// punctuation excluded, each cut in two at a position drawn from [1, length - 2] (numpy randint(1, length - 1)).</summary>
public sealed class WordSplit(WordSplitOptions options) : TextTransform<WordSplitOptions>("word_split", options)
{
    /// <inheritdoc/>
    protected override void Augment(string sentence, Rng rng, List<string> output) => output.Add(Split(sentence, rng));

    private string Split(string sentence, Rng rng) => NlpaugText.ChangeTokens(
        sentence, Options.AugP, Options.AugMin, Options.AugMax, Options.MinChar, token => !NlpaugText.IsPunctuation(token), Cut, rng);

    private static string Cut(string token, Rng rng)
    {
        var runes = token.EnumerateRunes().ToArray();
        int cut = rng.Next(1, runes.Length - 1);
        var sb = new StringBuilder(token.Length + 1);
        for (int i = 0; i < runes.Length; i++)
        {
            if (i == cut)
            {
                sb.Append(' ');
            }

            sb.Append(runes[i].ToString());
        }

        return sb.ToString();
    }
}
