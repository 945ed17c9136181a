using System.Text.Json;
using SharpAugment.Text.WordNet;

namespace SharpAugment.Text.Tests.WordNet;

/// <summary>Both readers (the embedded compact WordNet and the database-file reader on the mini database) must answer exactly
/// as nltk 3.8 does on the full WordNet 3.0 (fixtures from tools/text/make_wordnet_fixtures.py).</summary>
public class WordNetReferenceTests
{
    private static readonly string FixtureDir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "wordnet");

    private static readonly Lazy<WordNetLexicon> MiniDb = new(() => WordNetLexicon.Load(Path.Combine(FixtureDir, "minidb")));

    public static TheoryData<string> Readers => new() { "embedded", "minidb" };

    private static WordNetLexicon Reader(string name) => name == "embedded" ? WordNetLexicon.Embedded : MiniDb.Value;

    private static List<JsonElement> Words()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(FixtureDir, "nltk_reference.json")));
        return doc.RootElement.GetProperty("words").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    [Fact]
    public void Fixture_covers_the_planned_word_list()
    {
        Assert.True(Words().Count >= 80);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Morphy_matches_nltk(string reader)
    {
        var wn = Reader(reader);
        foreach (var e in Words())
        {
            string word = e.GetProperty("word").GetString()!;
            foreach (var (tag, pos) in new[] { ("n", WordNetPos.Noun), ("v", WordNetPos.Verb), ("a", WordNetPos.Adjective), ("r", WordNetPos.Adverb) })
            {
                var expected = e.GetProperty("morphy").GetProperty(tag).EnumerateArray().Select(x => x.GetString()!).ToArray();
                Assert.True(expected.SequenceEqual(wn.Morphy(word.ToLowerInvariant(), pos)), $"{reader}: morphy('{word}', {tag})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Synsets_match_nltk_in_order_with_names_and_lemmas(string reader)
    {
        var wn = Reader(reader);
        foreach (var e in Words())
        {
            string word = e.GetProperty("word").GetString()!;
            var expected = e.GetProperty("synsets").EnumerateArray().ToList();
            var actual = wn.Synsets(word);
            Assert.True(expected.Count == actual.Count, $"{reader}: synsets('{word}') count {actual.Count}, nltk {expected.Count}");
            for (int i = 0; i < actual.Count; i++)
            {
                Assert.Equal(expected[i].GetProperty("name").GetString(), wn.SynsetName(actual[i]));
                Assert.Equal(expected[i].GetProperty("lemmas").EnumerateArray().Select(x => x.GetString()!), wn.Lemmas(actual[i]));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Eda_synonyms_match_the_reference_get_synonyms(string reader)
    {
        var wn = Reader(reader);
        foreach (var e in Words())
        {
            string word = e.GetProperty("word").GetString()!;
            var expected = e.GetProperty("eda_synonyms").EnumerateArray().Select(x => x.GetString()!).ToArray();
            var actual = wn.EdaSynonyms(word).Order(StringComparer.Ordinal).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"{reader}: get_synonyms('{word}')");
        }
    }

    [Fact]
    public void Embedded_wordnet_is_complete_wordnet_3_0()
    {
        // WordNet 3.0 has 117,659 synsets and 147,306 distinct lemmas (its own statistics, wnstats(7WN))
        Assert.Equal(117659, WordNetLexicon.Embedded.SynsetCount);
        Assert.Equal(147306, WordNetLexicon.Embedded.LemmaCount);
    }

    [Fact]
    public void Embedded_resource_stays_small()
    {
        using var s = typeof(WordNetLexicon).Assembly.GetManifestResourceStream("SharpAugment.Text.wordnet.txt.gz")!;
        Assert.InRange(s.Length, 1, 4_000_000);
    }

    [Fact]
    public void Missing_directory_or_files_raise_clear_errors()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => WordNetLexicon.Load("/nonexistent/wordnet"));
        Assert.Contains("/nonexistent/wordnet", e.Message, StringComparison.Ordinal);
        string dir = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var f = Assert.Throws<FileNotFoundException>(() => WordNetLexicon.Load(dir));
            Assert.Contains("data.noun", f.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void A_data_line_whose_offset_is_wrong_is_rejected()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        try
        {
            foreach (var f in Directory.GetFiles(Path.Combine(FixtureDir, "minidb")))
            {
                File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            }

            // shift every byte after the header by one: the offsets no longer match the positions
            string path = Path.Combine(dir, "data.adv");
            var lines = File.ReadAllLines(path).ToList();
            int first = lines.FindIndex(l => !l.StartsWith(' '));
            lines.Insert(first, " extra header line");
            File.WriteAllLines(path, lines);
            var e = Assert.Throws<InvalidDataException>(() => WordNetLexicon.Load(dir));
            Assert.Contains("byte offset", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
