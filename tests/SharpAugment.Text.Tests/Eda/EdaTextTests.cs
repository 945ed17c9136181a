using SharpAugment.Text.Eda;

namespace SharpAugment.Text.Tests.Eda;

public class EdaTextTests
{
    [Fact]
    public void Stop_word_list_has_the_reference_128_entries_including_the_empty_string()
    {
        Assert.Equal(128, EdaText.StopWords.Count);
        Assert.Contains(string.Empty, EdaText.StopWords);
        Assert.Contains("not", EdaText.StopWords);
        Assert.Contains("now", EdaText.StopWords);
        Assert.DoesNotContain("movie", EdaText.StopWords);
    }

    [Theory]
    // expected values are what the reference get_only_chars returns for the same input (run by hand in Python)
    [InlineData("Hello, World!", "hello world ")]
    [InlineData("It's a well-known fact", "its a well known fact")]
    [InlineData("  leading spaces", "leading spaces")]
    [InlineData("tab\there\nnewline", "tab here newline")]
    [InlineData("3 cats & 2 dogs", "cats dogs")]
    [InlineData("don’t", "dont")]
    [InlineData("Café naïve", "caf na ve")]
    [InlineData("!!!", "")]
    [InlineData("", "")]
    public void Clean_matches_the_reference(string input, string expected)
    {
        Assert.Equal(expected, EdaText.Clean(input));
    }

    [Theory]
    [InlineData("The cat, it's here!")]
    [InlineData("  two  spaces\tand tab  ")]
    [InlineData("naïve café — ok?")]
    [InlineData("emoji 😀 inside")]
    [InlineData("")]
    public void Tokenize_then_join_gives_the_sentence_back(string s)
    {
        Assert.Equal(s, EdaText.Join(EdaText.Tokenize(s)));
    }

    [Fact]
    public void Tokenize_keeps_contractions_as_one_word_and_marks_punctuation()
    {
        var t = EdaText.Tokenize("Don't stop, Bob.");
        Assert.Equal(["Don't", "stop", ",", "Bob", "."], t.Select(x => x.Text));
        Assert.Equal([true, true, false, true, false], t.Select(x => x.IsWord));
    }

    [Theory]
    [InlineData("glad", "Happy", "Glad")]
    [InlineData("glad", "HAPPY", "GLAD")]
    [InlineData("glad", "happy", "glad")]
    [InlineData("glad", "I", "Glad")]
    public void MatchCase_follows_the_replaced_word(string synonym, string original, string expected)
    {
        Assert.Equal(expected, EdaText.MatchCase(synonym, original));
    }
}
