using SharpAugment.Randomness;
using SharpAugment.Text.WordNet;

namespace SharpAugment.Text.Eda;

/// <summary>
/// Easy Data Augmentation (Wei and Zou, 2019) as jasonwei20/eda_nlp code/eda.py does it: int(num_aug/4)+1 candidates per
/// enabled operation (SR, RI, RS, RD), each made by one operation on the original words, shuffled, the first num_aug kept.
/// The original (cleaned, in the reference mode) is not among the produced sentences: <see cref="TextSample.Output"/> appends it.
/// </summary>
public sealed class Eda : TextTransform<EdaOptions>
{
    private readonly WordNetLexicon _lexicon;
    private readonly Func<string, IReadOnlyList<string>> _synonyms;

    /// <summary>Builds EDA over the WordNet the options name (the embedded one by default).</summary>
    public Eda(EdaOptions options)
        : this(options, null)
    {
    }

    /// <summary>Builds EDA over a given lexicon (null: the one the options name).</summary>
    public Eda(EdaOptions options, WordNetLexicon? lexicon)
        : base("eda", options)
    {
        _lexicon = lexicon ?? (options.Wordnet.Length == 0 ? WordNetLexicon.Embedded : WordNetLexicon.Load(options.Wordnet));
        _synonyms = options.KeepCase ? _lexicon.Synonyms : _lexicon.EdaSynonyms;
    }

    /// <summary>The synonym source.</summary>
    public WordNetLexicon Lexicon => _lexicon;

    /// <inheritdoc/>
    protected override void Augment(string sentence, Rng rng, List<string> output)
    {
        bool keep = Options.KeepCase;
        var words = keep ? EdaText.Tokenize(sentence) : EdaText.CleanWords(EdaText.Clean(sentence));
        int numWords = words.Count(t => t.IsWord);
        if (numWords == 0)
        {
            // the reference raises here (empty or punctuation-only input); nothing can be augmented
            return;
        }

        var (sr, ri, rs, rd) = Options.Strengths;
        int perTechnique = (int)(Options.NumAug / 4) + 1;
        var candidates = new List<string>(4 * perTechnique);
        if (sr > 0)
        {
            int n = Math.Max(1, (int)(sr * numWords));
            for (int k = 0; k < perTechnique; k++)
            {
                candidates.Add(Render(EdaOperations.SynonymReplacement(words, n, rng, _synonyms, keep)));
            }
        }

        if (ri > 0)
        {
            int n = Math.Max(1, (int)(ri * numWords));
            for (int k = 0; k < perTechnique; k++)
            {
                candidates.Add(Render(EdaOperations.RandomInsertion(words, n, rng, _synonyms)));
            }
        }

        if (rs > 0)
        {
            int n = Math.Max(1, (int)(rs * numWords));
            for (int k = 0; k < perTechnique; k++)
            {
                candidates.Add(Render(EdaOperations.RandomSwap(words, n, rng)));
            }
        }

        if (rd > 0)
        {
            for (int k = 0; k < perTechnique; k++)
            {
                candidates.Add(Render(EdaOperations.RandomDeletion(words, rd, rng)));
            }
        }

        var shuffled = candidates.ToArray();
        rng.Shuffle(shuffled.AsSpan());
        if (Options.NumAug >= 1)
        {
            output.AddRange(shuffled.Take((int)Options.NumAug));
        }
        else if (shuffled.Length > 0)
        {
            double keepProbability = Options.NumAug / shuffled.Length;
            foreach (string s in shuffled)
            {
                if (rng.NextDouble() < keepProbability)
                {
                    output.Add(s);
                }
            }
        }
    }

    /// <inheritdoc/>
    protected override string Original(string text)
    {
        // a sentence with no a-z letters cleans to nothing; it is kept as written rather than written as an empty line
        string cleaned = Options.KeepCase ? text : EdaText.Clean(text);
        return cleaned.Length == 0 ? text : cleaned;
    }

    private string Render(List<EdaToken> tokens) => Options.KeepCase
        ? EdaText.Join(tokens)
        : EdaText.Clean(string.Join(' ', tokens.Select(t => t.Text)));
}
