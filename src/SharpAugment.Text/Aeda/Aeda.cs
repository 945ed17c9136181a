using SharpAugment.Randomness;

namespace SharpAugment.Text.Aeda;

/// <summary>
/// AEDA (Karimi, Rossi and Prati, 2021), as akkarimi/aeda_nlp code/aeda.py: split on single spaces, draw
/// q = randint(1, int(ratio * words + 1)), pick q distinct positions and put a random mark before each of those words.
/// Nothing is deleted or replaced. An empty sentence is returned unchanged (the reference would give ". ").
/// </summary>
public sealed class Aeda(AedaOptions options) : TextTransform<AedaOptions>("aeda", options)
{
    /// <inheritdoc/>
    protected override void Augment(string sentence, Rng rng, List<string> output)
    {
        for (int k = 0; k < Options.NumAug; k++)
        {
            output.Add(Insert(sentence, rng));
        }
    }

    private string Insert(string sentence, Rng rng)
    {
        if (sentence.Length == 0)
        {
            return sentence;
        }

        var words = sentence.Split(' ');
        int q = rng.Next(1, (int)(Options.PuncRatio * words.Length + 1) + 1);
        q = Math.Min(q, words.Length);

        // random.sample(range(len), q): the first q entries of a partial Fisher-Yates shuffle
        var positions = new int[words.Length];
        for (int i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }

        var chosen = new bool[words.Length];
        for (int i = 0; i < q; i++)
        {
            int j = rng.Next(i, positions.Length);
            (positions[i], positions[j]) = (positions[j], positions[i]);
            chosen[positions[i]] = true;
        }

        var parts = new List<string>(words.Length + q);
        for (int i = 0; i < words.Length; i++)
        {
            if (chosen[i])
            {
                parts.Add(Options.Punctuations[rng.Next(Options.Punctuations.Length)]);
            }

            parts.Add(words[i]);
        }

        return string.Join(' ', parts);
    }
}
