using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Text.Eda;

namespace SharpAugment.Text.Tests;

/// <summary>The shared invariants over every registered text transform, found by discovery: a text transform registered without a case here fails.</summary>
public class TextTransformMatrixTests
{
    private const string Sentence = "The quiet movie was a warm and funny delight from start to finish.";

    /// <summary>Arguments (p = 1) and how many sentences the transform makes from each current sentence.</summary>
    private static readonly Dictionary<string, (string Text, int PerSentence)> Cases = new()
    {
        ["eda"] = ("eda(num_aug=4, alpha=0.2)", 4),
        ["aeda"] = ("aeda(num_aug=3)", 3),
        ["keyboard_typos"] = ("keyboard_typos(aug_word_p=0.5)", 1),
        ["ocr_errors"] = ("ocr_errors(aug_word_p=0.5)", 1),
        ["random_char"] = ("random_char(action=swap, aug_word_p=0.5)", 1),
        ["word_split"] = ("word_split(aug_p=0.5)", 1),
    };

    private static readonly TransformRegistry Registry = new TransformRegistry().AddTextTransforms();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var d in Registry.Descriptors.Where(d => d.TargetType == typeof(TextSample)))
        {
            data.Add(d.Name);
        }

        return data;
    }

    private static ITransform<TextSample> Build(string name)
    {
        Assert.True(Cases.TryGetValue(name, out var c), $"text transform '{name}' is registered but has no entry in TextTransformMatrixTests.Cases");
        var t = Registry.Parse<TextSample>(c.Text);
        Assert.Equal(name, t.Name);
        return t;
    }

    private static TextSample Run(ITransform<TextSample> t, TextSample s, ulong seed, IList<SampledStep>? tape = null) =>
        t.Apply(s, new AugmentContext(Rng.ForSample(seed, 0, 3), tape));

    [Fact]
    public void EveryTextTransformIsCovered()
    {
        var names = Registry.Descriptors.Where(d => d.TargetType == typeof(TextSample)).Select(d => d.Name).ToList();
        Assert.True(names.Count >= 6, $"only {names.Count} text transforms found");
        Assert.Empty(Cases.Keys.Except(names));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ActsMakesTheStatedNumberOfSentencesAndKeepsTextAndLabel(string name)
    {
        var t = Build(name);
        Assert.True(t.Options.P == 1, $"{name}: its case must set p=1 (it has p={t.Options.P})");
        int per = Cases[name].PerSentence;
        string original = name == "eda" ? EdaText.Clean(Sentence) : Sentence; // EDA's original is its cleaned form
        for (ulong seed = 0; seed < 10; seed++)
        {
            var tape = new List<SampledStep>();
            var r = Run(t, new TextSample(Sentence, "pos"), seed, tape);
            Assert.Equal(name, tape[0].Transform);
            Assert.NotNull(tape[0].Parameters);
            Assert.Equal((original, "pos"), (r.Text, r.Label));
            Assert.Equal(per, r.Augmented.Count);
            Assert.Equal(original, r.Output()[^1]);
            Assert.All(r.Augmented, s => Assert.NotEqual(original, s));
        }

        // On an already augmented sample it acts on each current sentence.
        var chained = new TextSample(Sentence, "pos") { Augmented = ["one two three four five six", "seven eight nine ten eleven twelve"] };
        Assert.Equal(2 * per, Run(t, chained, 1).Augmented.Count);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void InputIsNotModifiedAndSameSeedGivesTheSameSentences(string name)
    {
        var t = Build(name);
        string[] augmented = ["one two three four five six", "seven eight nine ten eleven twelve"];
        var input = new TextSample(Sentence, "pos") { Augmented = (string[])augmented.Clone() };
        var distinct = new HashSet<string>();
        for (ulong seed = 0; seed < 8; seed++)
        {
            var a = Run(t, input, seed);
            Assert.Equal(a.Augmented, Run(t, input, seed).Augmented);
            distinct.Add(string.Join("\n", a.Augmented));
        }

        Assert.True(distinct.Count > 1, $"{name}: eight seeds gave one output");
        Assert.Equal((Sentence, "pos"), (input.Text, input.Label));
        Assert.Equal(augmented, input.Augmented);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TextAndJsonRoundTripsAndTheTapeReplays(string name)
    {
        var t = Build(name);
        var spec = t.ToSpec();
        var fromText = Registry.Parse<TextSample>(spec.ToString());
        var fromJson = Registry.FromJson<TextSample>(PipelineJson.Format(spec));
        Assert.Equal(spec, fromText.ToSpec());
        Assert.Equal(spec, fromJson.ToSpec());
        var input = new TextSample(Sentence, "pos");
        var tape = new List<SampledStep>();
        var a = Run(t, input, 4, tape);
        Assert.Equal(a.Augmented, Run(fromText, input, 4).Augmented);
        Assert.Equal(a.Augmented, Run(fromJson, input, 4).Augmented);
        Assert.Equal(a.Augmented, t.Apply(input, AugmentContext.ForReplay(tape)).Augmented);
    }
}
