using System.Text;
using SharpAugment.Randomness;
using SharpAugment.Text.Noise;

namespace SharpAugment.Text.Tests.Noise;

public class CharNoiseTests
{
    private const string Sentence = "The quick brown fox jumps over the lazy dog, twice.";

    [Theory]
    [InlineData(10, 0.3, 1, 10, 3)]   // ceil(3.0) = 3
    [InlineData(11, 0.3, 1, 10, 4)]   // ceil(3.3) = 4: nlpaug rounds up, EDA rounds down
    [InlineData(1, 0.3, 1, 10, 1)]
    [InlineData(2, 0.3, 2, 10, 2)]    // raised to the minimum
    [InlineData(100, 0.3, 1, 10, 10)] // lowered to the maximum
    [InlineData(100, 0.3, 0, 0, 30)]  // 0 bounds are no bounds
    public void Count_rule_is_nlpaugs(int size, double p, int min, int max, int expected)
    {
        Assert.Equal(expected, NlpaugText.Count(size, p, min, max));
    }

    [Fact]
    public void Tokenize_splits_like_re_split_W_without_whitespace()
    {
        string s = "Don't stop--now, ok?";
        var spans = NlpaugText.Tokenize(s).Select(t => s.Substring(t.Start, t.Length));
        Assert.Equal(["Don", "'", "t", "stop", "-", "-", "now", ",", "ok", "?"], spans);
    }

    /// <summary>Positions where two same-length strings differ.</summary>
    private static List<int> Diff(string a, string b) => Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();

    [Fact]
    public void Keyboard_typos_replace_letters_by_qwerty_neighbours_within_the_count_rules()
    {
        var kb = new KeyboardTypos(new KeyboardTyposOptions());
        // 11 tokens (9 words, a comma, a period): ceil(0.3 * 11) = 4 words of >= 4 characters at most
        for (ulong seed = 0; seed < 200; seed++)
        {
            string o = kb.Noise(Sentence, new Rng(seed));
            Assert.Equal(Sentence.Length, o.Length);
            var diff = Diff(Sentence, o);
            Assert.NotEmpty(diff);
            foreach (int i in diff)
            {
                Assert.Contains(o[i].ToString(), kb.Neighbours(Sentence[i].ToString()));
            }

            var changedWords = NlpaugText.Tokenize(Sentence).Count(t => diff.Any(i => i >= t.Start && i < t.Start + t.Length));
            Assert.InRange(changedWords, 1, 4);
            // per word of length L, at most ceil(0.3 * L) characters
            foreach (var t in NlpaugText.Tokenize(Sentence))
            {
                Assert.True(t.Length >= 4 || diff.All(i => i < t.Start || i >= t.Start + t.Length), "short words are never chosen");
                Assert.True(diff.Count(i => i >= t.Start && i < t.Start + t.Length) <= Math.Ceiling(0.3 * t.Length));
            }
        }
    }

    [Fact]
    public void Keyboard_table_is_expanded_as_nlpaug_does()
    {
        var kb = new KeyboardTypos(new KeyboardTyposOptions());
        // en.json lists q: 1 ! 2 @ w a s; nlpaug adds upper-case variants, removes duplicates and sorts
        Assert.Equal(["!", "1", "2", "@", "A", "S", "W", "a", "s", "w"], kb.Neighbours("q"));
        Assert.Equal(["A", "S", "X", "a", "s", "x"], kb.Neighbours("z"));
        Assert.Equal(["A", "S", "X", "a", "s", "x"], kb.Neighbours("Z"));
        Assert.DoesNotContain("a", kb.Neighbours("a"));
        var lower = new KeyboardTypos(new KeyboardTyposOptions { IncludeUpperCase = false, IncludeNumeric = false, IncludeSpecialChar = false });
        Assert.Equal(["a", "s", "x"], lower.Neighbours("z"));
        Assert.Equal(["d", "e", "f", "g", "t"], lower.Neighbours("r"));
        Assert.Empty(lower.Neighbours("Z"));
        Assert.DoesNotContain(lower.Neighbours("q"), n => n.Any(char.IsDigit));
    }

    [Fact]
    public void Ocr_errors_use_only_listed_confusions_and_at_least_two_characters_per_word()
    {
        var ocr = new OcrErrors(new OcrErrorsOptions());
        string s = "ROOM 101 is booked for 8 o'clock";
        int changed = 0;
        for (ulong seed = 0; seed < 200; seed++)
        {
            string o = ocr.Noise(s, new Rng(seed));
            Assert.Equal(s.Length, o.Length);
            foreach (int i in Diff(s, o))
            {
                Assert.Contains(o[i].ToString(), OcrErrors.Confusions(s[i].ToString()));
                changed++;
            }
        }

        Assert.True(changed > 200);
        Assert.Equal(["8", "9", "o", "O", "D"], OcrErrors.Confusions("0"));
        Assert.Equal(["0", "O"], OcrErrors.Confusions("D"));
    }

    [Theory]
    [InlineData(RandomCharAction.Insert)]
    [InlineData(RandomCharAction.Substitute)]
    [InlineData(RandomCharAction.Swap)]
    [InlineData(RandomCharAction.Delete)]
    public void Random_char_actions_change_lengths_as_they_should(RandomCharAction action)
    {
        var rc = new RandomChar(new RandomCharOptions { Action = action });
        string s = "wonderful evening";
        for (ulong seed = 0; seed < 100; seed++)
        {
            string o = rc.Noise(s, new Rng(seed));
            // ceil(0.3 * 3 tokens)... 2 tokens here: ceil(0.6) = 1 word; ceil(0.3 * 9) = 3 or ceil(0.3 * 7) = 3 characters
            switch (action)
            {
                case RandomCharAction.Insert:
                    Assert.Equal(s.Length + 3, o.Length);
                    break;
                case RandomCharAction.Delete:
                    Assert.Equal(s.Length - 3, o.Length);
                    break;
                case RandomCharAction.Substitute:
                    Assert.Equal(s.Length, o.Length);
                    Assert.InRange(Diff(s, o).Count, 0, 3);
                    break;
                default:
                    Assert.Equal(s.ToLowerInvariant().Order(), o.ToLowerInvariant().Order());
                    break;
            }
        }
    }

    [Fact]
    public void Word_split_only_adds_spaces_inside_words_of_four_or_more_characters()
    {
        var ws = new WordSplit(new WordSplitOptions());
        for (ulong seed = 0; seed < 200; seed++)
        {
            var augmented = ws.Augment(Sentence, new Rng(seed)).Single();
            Assert.Equal(Sentence.Replace(" ", string.Empty, StringComparison.Ordinal), augmented.Replace(" ", string.Empty, StringComparison.Ordinal));
            // 11 tokens: ceil(0.3 * 11) = 4 splits at most, at least 1
            int added = augmented.Count(c => c == ' ') - Sentence.Count(c => c == ' ');
            Assert.InRange(added, 1, 4);
            // each split word is cut at [1, length - 2]: a first piece of 1 or more characters, a second of 2 or more
            var a = augmented.Split(' ');
            int j = 0;
            foreach (string w in Sentence.Split(' '))
            {
                if (a[j] == w)
                {
                    j++;
                    continue;
                }

                Assert.Equal(w, a[j] + a[j + 1]);
                Assert.True(a[j].Length >= 1 && a[j + 1].Length >= 2, $"{a[j]}|{a[j + 1]}");
                Assert.True(w.TrimEnd(',', '.').Length >= 4);
                j += 2;
            }
        }
    }

    [Fact]
    public void Text_between_tokens_is_kept_as_written()
    {
        string s = "Tabs\tand  double  spaces, \"quotes\" — kept";
        var kb = new KeyboardTypos(new KeyboardTyposOptions { AugWordP = 1, AugWordMax = 0 });
        string o = kb.Noise(s, new Rng(1));
        Assert.Equal(s.Length, o.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (!char.IsLetterOrDigit(s[i]))
            {
                Assert.Equal(s[i], o[i]);
            }
        }

        Assert.Equal(Encoding.UTF8.GetByteCount(s), Encoding.UTF8.GetByteCount(o));
    }
}
