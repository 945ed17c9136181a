using FsCheck;
using FsCheck.Fluent;
using SharpAugment.Randomness;
using SharpAugment.Text.Aeda;

namespace SharpAugment.Text.Tests.Aeda;

public class AedaTests
{
    private static readonly string[] Marks = [".", ",", "!", "?", ";", ":"];

    /// <summary>Checks that <paramref name="output"/> is <paramref name="input"/> with marks inserted as extra space-separated
    /// tokens, and returns how many.</summary>
    private static int InsertedMarks(string input, string output)
    {
        var a = input.Split(' ');
        var b = output.Split(' ');
        int i = 0, inserted = 0;
        foreach (string t in b)
        {
            if (i < a.Length && t == a[i])
            {
                i++;
            }
            else if (Marks.Contains(t))
            {
                inserted++;
            }
            else
            {
                return -1;
            }
        }

        return i == a.Length ? inserted : -1;
    }

    [Fact]
    public void Aeda_only_adds_punctuation_and_at_most_int_0_3_n_plus_1_marks()
    {
        Prop.ForAll(
            Gen.Elements("the", "dog", "barks", "at", "night", "Ünï", "😀", "!").ArrayOf().Where(a => a.Length > 0).ToArbitrary(),
            ArbMap.Default.ArbFor<ulong>(),
            (string[] ws, ulong seed) =>
            {
                string s = string.Join(' ', ws);
                var aeda = new SharpAugment.Text.Aeda.Aeda(new AedaOptions());
                string o = aeda.Augment(s, new Rng(seed)).Single();
                int n = InsertedMarks(s, o);
                return n >= 1 && n <= (int)(0.3 * ws.Length + 1);
            }).CheckPinned();
    }

    [Fact]
    public void Num_aug_gives_that_many_sentences_and_custom_marks_are_used()
    {
        var aeda = new SharpAugment.Text.Aeda.Aeda(new AedaOptions { NumAug = 4, Punctuations = ["#"] });
        var outs = aeda.Augment("one two three four five six", new Rng(2));
        Assert.Equal(4, outs.Count);
        Assert.All(outs, o => Assert.Equal("one two three four five six", o.Replace("# ", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void Empty_punctuation_list_is_rejected()
    {
        Assert.Throws<SharpAugment.Pipelines.TransformParameterException>(() => new SharpAugment.Text.Aeda.Aeda(new AedaOptions { Punctuations = [] }));
    }
}
