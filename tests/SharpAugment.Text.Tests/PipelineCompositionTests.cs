using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Text.Tests;

public class PipelineCompositionTests
{
    private const string Sentence = "The movie was a quiet delight, warm and funny from start to finish.";

    private static readonly TransformRegistry Registry = new TransformRegistry().AddTextTransforms();

    private static TextSample Run(string pipeline, ulong seed, IList<SampledStep>? record = null) =>
        Registry.Parse<TextSample>(pipeline).Apply(new TextSample(Sentence, "pos"), new AugmentContext(new Rng(seed), record));

    [Fact]
    public void One_of_gives_either_generators_count()
    {
        var counts = new HashSet<int>();
        for (ulong seed = 0; seed < 40; seed++)
        {
            counts.Add(Run("one_of([eda(num_aug=9, alpha=0.1), aeda])", seed).Augmented.Count);
        }

        Assert.Equal([1, 9], counts.Order());
    }

    [Fact]
    public void Chaining_applies_the_second_transform_to_every_sentence_of_the_first()
    {
        var r = Run("eda(num_aug=9) | aeda(num_aug=2)", 3);
        Assert.Equal(18, r.Augmented.Count);
        var typos = Run("aeda(num_aug=4) | keyboard_typos", 3);
        Assert.Equal(4, typos.Augmented.Count);
    }

    [Fact]
    public void Some_of_and_skipped_transforms_leave_the_list_as_it_was()
    {
        var skipped = Run("eda(p=0)", 1);
        Assert.Empty(skipped.Augmented);
        Assert.Equal([Sentence], skipped.Output());
        var some = Run("some_of([aeda, keyboard_typos, ocr_errors], n=2)", 1);
        Assert.Single(some.Augmented);
    }

    [Fact]
    public void Recorded_parameters_replay_the_same_augmentation()
    {
        var tape = new List<SampledStep>();
        string pipeline = "eda(num_aug=4) | one_of([aeda, keyboard_typos])";
        var first = Run(pipeline, 11, tape);
        var replayed = Registry.Parse<TextSample>(pipeline).Apply(new TextSample(Sentence, "pos"), AugmentContext.ForReplay(tape));
        Assert.Equal(first.Augmented, replayed.Augmented);
        Assert.Contains(tape, s => s.Parameters is TextDraw);
    }

    [Fact]
    public void Text_transforms_are_listed_with_their_parameters_and_round_trip_as_text()
    {
        foreach (string name in new[] { "eda", "aeda", "keyboard_typos", "ocr_errors", "random_char", "word_split" })
        {
            Assert.True(Registry.Contains(name), name);
            Assert.Equal("text", Registry.Get(name).Group);
        }

        var t = Registry.Parse<TextSample>("eda(num_aug=16, alpha=0.05, keep_case=true)");
        string text = t.ToSpec().ToString();
        Assert.Equal(text, Registry.Parse<TextSample>(text).ToSpec().ToString());
        Assert.Contains("alpha=0.05", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_transform_cannot_be_used_in_an_image_pipeline()
    {
        var registry = new TransformRegistry().AddTextTransforms();
        var e = Assert.Throws<ArgumentException>(() => registry.Parse<SharpAugment.Imaging.Sample>("eda"));
        Assert.Contains("TextSample", e.Message, StringComparison.Ordinal);
    }
}
