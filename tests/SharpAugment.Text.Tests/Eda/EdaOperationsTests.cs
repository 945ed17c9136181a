using FsCheck;
using FsCheck.Fluent;
using SharpAugment.Randomness;
using SharpAugment.Text.Eda;
using SharpAugment.Text.WordNet;

namespace SharpAugment.Text.Tests.Eda;

public class EdaOperationsTests
{
    private const string Sentence = "the quick brown fox jumps over the lazy dog while the happy children watch a good movie";

    private static readonly WordNetLexicon Wn = WordNetLexicon.Embedded;

    private static List<EdaToken> Words(string s) => EdaText.CleanWords(EdaText.Clean(s));

    [Fact]
    public void Synonym_replacement_changes_only_non_stop_words_and_only_into_their_wordnet_synonyms()
    {
        var words = Words(Sentence);
        int changedTotal = 0;
        for (ulong seed = 0; seed < 200; seed++)
        {
            var result = EdaOperations.SynonymReplacement(words, 3, new Rng(seed), Wn.EdaSynonyms, keepCase: false);
            Assert.Equal(words.Count, result.Count);
            var replaced = new HashSet<string>();
            for (int i = 0; i < words.Count; i++)
            {
                if (result[i].Text == words[i].Text)
                {
                    continue;
                }

                changedTotal++;
                Assert.DoesNotContain(words[i].Text, EdaText.StopWords);
                Assert.Contains(result[i].Text, Wn.EdaSynonyms(words[i].Text));
                replaced.Add(words[i].Text);
            }

            // n = 3 distinct words at most, and every occurrence of a replaced word is replaced the same way
            Assert.InRange(replaced.Count, 1, 3);
            foreach (string w in replaced)
            {
                Assert.Single(Enumerable.Range(0, words.Count).Where(i => words[i].Text == w).Select(i => result[i].Text).Distinct());
            }
        }

        Assert.True(changedTotal > 200);
    }

    [Fact]
    public void Random_insertion_adds_synonyms_of_words_of_the_sentence_and_keeps_the_rest_in_order()
    {
        var words = Words(Sentence);
        var allowed = words.SelectMany(w => Wn.EdaSynonyms(w.Text)).ToHashSet();
        for (ulong seed = 0; seed < 200; seed++)
        {
            var result = EdaOperations.RandomInsertion(words, 1, new Rng(seed), Wn.EdaSynonyms);
            Assert.Equal(words.Count + 1, result.Count);
            // removing exactly one token gives the original back: find it
            int at = Enumerable.Range(0, words.Count).FirstOrDefault(i => result[i].Text != words[i].Text, words.Count);
            Assert.Contains(result[at].Text, allowed);
            var rest = result.Where((_, i) => i != at).Select(t => t.Text);
            Assert.Equal(words.Select(t => t.Text), rest);
            Assert.True(at < words.Count, "the reference inserts at randint(0, len - 1), never at the end");
        }
    }

    [Fact]
    public void Random_insertion_with_no_synonyms_anywhere_changes_nothing()
    {
        var words = Words("xyzzy qwertyuiop");
        var result = EdaOperations.RandomInsertion(words, 2, new Rng(3), Wn.EdaSynonyms);
        Assert.Equal(words, result);
    }

    [Fact]
    public void Random_swap_keeps_the_multiset_of_words()
    {
        Prop.ForAll(
            Gen.Elements("a", "dog", "cat", "run", "blue", "sky").ArrayOf().Where(a => a.Length > 0).ToArbitrary(),
            ArbMap.Default.ArbFor<ulong>(),
            ArbMap.Default.ArbFor<byte>(),
            (string[] ws, ulong seed, byte n) =>
            {
                var words = Words(string.Join(' ', ws));
                var result = EdaOperations.RandomSwap(words, n % 8, new Rng(seed));
                return words.Select(t => t.Text).Order().SequenceEqual(result.Select(t => t.Text).Order());
            }).CheckPinned();
    }

    [Fact]
    public void Random_deletion_never_returns_an_empty_sentence()
    {
        Prop.ForAll(
            Gen.Elements("a", "dog", "cat", "run", "blue", "sky").ArrayOf().Where(a => a.Length > 0).ToArbitrary(),
            ArbMap.Default.ArbFor<ulong>(),
            Gen.Elements(0.0, 0.1, 0.5, 0.9, 1.0).ToArbitrary(),
            (string[] ws, ulong seed, double p) =>
            {
                var words = Words(string.Join(' ', ws));
                var result = EdaOperations.RandomDeletion(words, p, new Rng(seed));
                // what is left is a non-empty subsequence of the words
                int j = 0;
                foreach (var t in result)
                {
                    while (j < words.Count && words[j].Text != t.Text)
                    {
                        j++;
                    }

                    if (j++ >= words.Count)
                    {
                        return false;
                    }
                }

                return result.Count >= 1;
            }).CheckPinned();
    }

    [Fact]
    public void Random_deletion_with_p_one_keeps_exactly_one_word_and_one_word_sentences_are_untouched()
    {
        Assert.Single(EdaOperations.RandomDeletion(Words(Sentence), 1.0, new Rng(5)));
        Assert.Equal(Words("alone"), EdaOperations.RandomDeletion(Words("alone"), 1.0, new Rng(5)));
    }

    [Fact]
    public void Case_keeping_operations_leave_punctuation_in_place()
    {
        var tokens = EdaText.Tokenize("Hello, World! The Quick dog; runs.");
        string Punct(IEnumerable<EdaToken> ts) => string.Concat(ts.Where(t => !t.IsWord).Select(t => t.Text));
        for (ulong seed = 0; seed < 50; seed++)
        {
            var rng = new Rng(seed);
            Assert.Equal(Punct(tokens), Punct(EdaOperations.RandomSwap(tokens, 2, rng)));
            Assert.Equal(Punct(tokens), Punct(EdaOperations.RandomDeletion(tokens, 0.5, rng)));
            Assert.Equal(Punct(tokens), Punct(EdaOperations.RandomInsertion(tokens, 2, rng, Wn.Synonyms)));
            var sr = EdaOperations.SynonymReplacement(tokens, 2, rng, Wn.Synonyms, keepCase: true);
            Assert.Equal(Punct(tokens), Punct(sr));
            // a capitalised word is replaced by a capitalised synonym
            for (int i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].IsWord && char.IsUpper(tokens[i].Text[0]))
                {
                    Assert.True(char.IsUpper(sr[i].Text[0]), sr[i].Text);
                }
            }
        }
    }
}
