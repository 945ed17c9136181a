using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Text.Eda;
using SharpAugment.Text.WordNet;

namespace SharpAugment.Text.Tests.Eda;

public class EdaTransformTests
{
    private const string Sentence = "The movie was a quiet delight, warm and funny from start to finish.";

    private static TextSample Run(string pipeline, string text, ulong seed = 1) =>
        new TransformRegistry().AddTextTransforms().Parse<TextSample>(pipeline).Apply(new TextSample(text, "1"), new AugmentContext(new Rng(seed)));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 4)]
    [InlineData(9, 9)]
    [InlineData(16, 16)]
    public void Num_aug_sentences_then_the_cleaned_original(int numAug, int expected)
    {
        var r = Run($"eda(num_aug={numAug})", Sentence);
        Assert.Equal(expected, r.Augmented.Count);
        var output = r.Output();
        Assert.Equal(expected + 1, output.Count);
        Assert.Equal(EdaText.Clean(Sentence), output[^1]);
        Assert.Equal("1", r.Label);
    }

    [Fact]
    public void Only_enabled_operations_make_candidates()
    {
        // num_aug = 9: int(9/4)+1 = 3 candidates per operation; with only RS on, 3 sentences, each a permutation
        var r = Run("eda(num_aug=9, alpha_sr=0, alpha_ri=0, p_rd=0, alpha_rs=0.2)", Sentence);
        Assert.Equal(3, r.Augmented.Count);
        var words = EdaText.Clean(Sentence).Split(' ', StringSplitOptions.RemoveEmptyEntries).Order();
        foreach (string s in r.Augmented)
        {
            Assert.Equal(words, s.Split(' ').Order());
        }
    }

    [Fact]
    public void Fractional_num_aug_keeps_each_candidate_with_that_probability()
    {
        // 4 candidates kept each with probability 0.5 / 4: over 400 sentences 1600 candidates, binomial(1600, 1/8) with
        // mean 200 and sd 13.2, so [150, 250] is a band of 3.8 sd each side
        int kept = 0;
        for (ulong seed = 0; seed < 400; seed++)
        {
            kept += Run("eda(num_aug=0.5)", Sentence, seed).Augmented.Count;
        }

        Assert.InRange(kept, 150, 250);
    }

    [Fact]
    public void Alpha_sets_all_four_strengths()
    {
        var o = new EdaOptions { Alpha = 0.3 };
        Assert.Equal((0.3, 0.3, 0.3, 0.3), o.Strengths);
        Assert.Equal((0.1, 0.1, 0.1, 0.1), new EdaOptions().Strengths);
    }

    [Fact]
    public void Non_integer_num_aug_above_one_is_rejected_with_the_parameter_named()
    {
        var e = Assert.Throws<TransformParameterException>(() => Run("eda(num_aug=2.5)", Sentence));
        Assert.Contains("num_aug", e.Message, StringComparison.Ordinal);
        Assert.Contains("eda", e.Message, StringComparison.Ordinal);
        Assert.Throws<TransformParameterException>(() => Run("eda(alpha_sr=1.5)", Sentence));
    }

    [Fact]
    public void Keep_case_mode_keeps_the_original_and_its_punctuation()
    {
        var r = Run("eda(num_aug=9, keep_case=true)", Sentence);
        Assert.Equal(Sentence, r.Output()[^1]);
        Assert.Equal(9, r.Augmented.Count);
        foreach (string s in r.Augmented)
        {
            Assert.Contains(",", s, StringComparison.Ordinal);
            Assert.EndsWith(".", s, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("word")]
    [InlineData("Ünïcödé façade — naïve café 😀 日本語")]
    [InlineData("!!! ... ???")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a")]
    public void Odd_sentences_follow_the_rules(string text)
    {
        // Character noise (nlpaug's rules) touches only tokens of at least min_char = 4 characters: shorter tokens are
        // kept as they are, and a sentence without such a token comes back unchanged. OCR changes only characters in
        // its table, so it may leave a long token alone.
        bool hasLongToken = text.Split(' ').Any(w => w.Length >= 4);
        foreach (string p in new[] { "keyboard_typos", "ocr_errors", "random_char(action=swap)", "random_char(action=insert)", "random_char(action=delete)", "word_split" })
        {
            var r = Run(p, text);
            Assert.Equal((text, "1"), (r.Text, r.Label));
            Assert.Equal(text, r.Output()[^1]);
            string augmented = Assert.Single(r.Augmented);
            if (!hasLongToken)
            {
                Assert.Equal(text, augmented);
                continue;
            }

            if (p != "ocr_errors")
            {
                Assert.NotEqual(text, augmented);
            }

            var outTokens = augmented.Split(' ').ToList();
            foreach (string shortToken in text.Split(' ').Where(w => w.Length is > 0 and < 4))
            {
                Assert.True(outTokens.Remove(shortToken), $"{p}: the short token '{shortToken}' was changed in '{augmented}'");
            }
        }

        // AEDA inserts single punctuation marks between the words and changes nothing else.
        string aeda = Assert.Single(Run("aeda", text).Augmented);
        Assert.Equal(text, string.Join(' ', aeda.Split(' ').Where(t => t is not ("." or ";" or "?" or ":" or "!" or ","))));

        // EDA works on the cleaned words (lower-case ASCII letters): none, no sentences; one, its WordNet synonyms.
        // With no word at all the sentence is handed back untouched.
        var eda = Run("eda", text);
        string cleaned = EdaText.Clean(text);
        Assert.Equal(text, Run("eda(keep_case=true)", text).Output()[^1]);
        var words = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            Assert.Empty(eda.Augmented);
            Assert.Equal([text], eda.Output());
            return;
        }

        Assert.Equal(cleaned, eda.Output()[^1]);

        Assert.Equal(9, eda.Augmented.Count);
        Assert.All(eda.Augmented, s => Assert.Matches("^[a-z ]+$", s));
        if (words.Length == 1)
        {
            var synonyms = WordNetLexicon.Embedded.EdaSynonyms(words[0]);
            foreach (string s in eda.Augmented)
            {
                // SR replaces the word, RI inserts a synonym beside it, RS and RD leave a single word as it is.
                var rest = s.Split(' ').ToList();
                bool hadWord = rest.Remove(words[0]);
                string remainder = string.Join(' ', rest);
                Assert.True(remainder.Length == 0 ? hadWord : synonyms.Contains(remainder), $"'{s}' is not '{words[0]}' with one synonym");
            }
        }
    }

    [Fact]
    public void Same_seed_same_output_other_seed_other_output()
    {
        Assert.Equal(Run("eda", Sentence, 7).Augmented, Run("eda", Sentence, 7).Augmented);
        Assert.NotEqual(Run("eda", Sentence, 7).Augmented, Run("eda", Sentence, 8).Augmented);
    }

    [Fact]
    public void A_wordnet_directory_can_replace_the_embedded_one()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "wordnet", "minidb");
        var eda = new SharpAugment.Text.Eda.Eda(new EdaOptions { Wordnet = dir });
        Assert.NotSame(SharpAugment.Text.WordNet.WordNetLexicon.Embedded, eda.Lexicon);
        Assert.Contains("domestic dog", eda.Lexicon.EdaSynonyms("dog"));
    }
}
