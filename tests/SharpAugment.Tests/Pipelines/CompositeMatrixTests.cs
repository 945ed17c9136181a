using System.Globalization;
using SharpAugment.Audio;
using SharpAugment.Cli;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Text;

namespace SharpAugment.Tests.Pipelines;

/// <summary>The shared invariants over every registered composite, found by discovery (a composite registered without a case here fails), on images, text and audio.</summary>
public class CompositeMatrixTests
{
    /// <summary>Each composite over three children {0}, {1}, {2}, with p = 1 so it acts.</summary>
    private static readonly Dictionary<string, string> Cases = new()
    {
        ["compose"] = "compose({0}, {1}, {2})",
        ["one_of"] = "one_of({0}, {1}, {2}, weights=[1, 2, 3])",
        ["some_of"] = "some_of({0}, {1}, {2}, n=2..3)",
        ["random_apply"] = "random_apply({0}, {1}, {2}, p=1)",
        ["random_order"] = "random_order({0}, {1}, {2})",
    };

    // Image children that do not commute, so every order and every choice gives a different image.
    private static readonly string[] ImageChildren = ["rotate90(k=1)", "crop(x=2, y=3, width=20, height=15)", "brightness(factor=0.6)"];

    private static readonly TransformRegistry Registry = Registries.CreateFull();

    public static TheoryData<string> Names() => MatrixChecks.Names(Registry, d => d.TargetType is null);

    private static string Text(string name, params string[] children)
    {
        Assert.True(Cases.TryGetValue(name, out var template), $"composite '{name}' is registered but has no entry in CompositeMatrixTests.Cases");
        return string.Format(CultureInfo.InvariantCulture, template!, children);
    }

    private static ITransform<T> Build<T>(string name, params string[] children)
    {
        var t = Registry.Parse<T>(Text(name, children));
        Assert.Equal(name, t.Name);
        return t;
    }

    private static Sample Run(ITransform<Sample> t, Sample s, ulong seed, IList<SampledStep>? tape = null) =>
        t.Apply(s, new AugmentContext(Rng.ForSample(seed, 0, 0), tape));

    private static Image<byte> Bytes(Sample s) => ImageConversions.ToBytes(s.Image);

    [Fact]
    public void EveryCompositeIsCovered()
    {
        var names = Registry.Descriptors.Where(d => d.TargetType is null).Select(d => d.Name).ToList();
        Assert.True(names.Count >= 5, $"only {names.Count} composites found");
        Assert.Empty(Cases.Keys.Except(names));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TheCaseActsWithProbabilityOne(string name)
    {
        var t = Build<Sample>(name, ImageChildren);
        var sample = TestImages.FullSample(37, 29, 3);
        var r = MatrixChecks.Acts(t, sample);
        Assert.False(Bytes(r).ContentEquals(Bytes(sample)), $"{name} left the image as it was");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void InputIsNotModifiedAndSameSeedGivesTheSameSample(string name)
    {
        var t = Build<Sample>(name, ImageChildren);
        foreach (bool asFloat in new[] { false, true })
        {
            var sample = TestImages.FullSample(37, 29, 3);
            if (asFloat)
            {
                sample = sample with { Image = ImageConversions.ToFloat((Image<byte>)sample.Image) };
            }

            var before = Bytes(sample).Clone();
            var mask = sample.Masks[0].Clone();
            var boxes = sample.Boxes.ToArray();
            var keypoints = sample.Keypoints.ToArray();
            for (ulong seed = 0; seed < 6; seed++)
            {
                var a = Run(t, sample, seed);
                var b = Run(t, sample, seed);
                Assert.True(Bytes(a).ContentEquals(Bytes(b)), $"{name} seed {seed}: two runs differ");
                Assert.Equal(a.Boxes, b.Boxes);
                Assert.Equal(a.Keypoints, b.Keypoints);
                Assert.Equal(sample.Image.Depth, a.Image.Depth);
                Assert.Equal(3, a.Image.Channels);
            }

            Assert.True(before.ContentEquals(Bytes(sample)), $"{name} modified its input (float {asFloat})");
            if (asFloat)
            {
                Assert.True(ImageConversions.ToFloat(before).ContentEquals((Image<float>)sample.Image));
            }

            Assert.True(mask.ContentEquals(sample.Masks[0]));
            Assert.Equal(boxes, sample.Boxes);
            Assert.Equal(keypoints, sample.Keypoints);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TextAndJsonRoundTripsGiveTheSameTransform(string name)
    {
        var t = Build<Sample>(name, ImageChildren);
        var (fromText, fromJson) = MatrixChecks.RoundTrip(Registry, t);
        var sample = TestImages.FullSample(37, 29, 3);
        for (ulong seed = 0; seed < 4; seed++)
        {
            var a = Bytes(Run(t, sample, seed));
            Assert.True(a.ContentEquals(Bytes(Run(fromText, sample, seed))));
            Assert.True(a.ContentEquals(Bytes(Run(fromJson, sample, seed))));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ByteAndFloatAgree(string name)
    {
        // The children are a rotation, a crop (exact in both types) and a brightness blend, where uint8 truncates: one level.
        var t = Build<Sample>(name, ImageChildren);
        var sample = TestImages.FullSample(37, 29, 3);
        var floatSample = sample with { Image = ImageConversions.ToFloat((Image<byte>)sample.Image) };
        for (ulong seed = 0; seed < 6; seed++)
        {
            var b = (Image<byte>)Run(t, sample, seed).Image;
            var f = ImageConversions.ToBytes(Assert.IsType<Image<float>>(Run(t, floatSample, seed).Image));
            Assert.Equal((b.Width, b.Height), (f.Width, f.Height));
            for (int i = 0; i < b.Pixels.Length; i++)
            {
                Assert.True(Math.Abs(b.Pixels[i] - f.Pixels[i]) <= 1, $"{name} seed {seed} value {i}: byte {b.Pixels[i]} vs float {f.Pixels[i]}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RecordedChoiceReplaysOnAnotherSample(string name)
    {
        var t = Build<Sample>(name, ImageChildren);
        var a = TestImages.FullSample(37, 29, 3, seed: 1);
        var b = TestImages.FullSample(37, 29, 3, seed: 2);
        for (ulong seed = 0; seed < 6; seed++)
        {
            var tape = new List<SampledStep>();
            Run(t, a, seed, tape);
            var replayed = t.Apply(b, AugmentContext.ForReplay(tape));
            var fresh = Run(t, b, seed);
            Assert.True(Bytes(fresh).ContentEquals(Bytes(replayed)), $"{name} seed {seed}: the replayed sample differs");
            Assert.Equal(fresh.Boxes, replayed.Boxes);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void WorksOnTextAndAudio(string name)
    {
        // A composite is generic: the same invariants hold on sentences and clips.
        var text = Build<TextSample>(name, "aeda(num_aug=2)", "keyboard_typos", "ocr_errors");
        var sentence = new TextSample("The quiet movie was a warm delight from start to finish.", "pos");
        var t1 = text.Apply(sentence, new AugmentContext(Rng.ForSample(3, 0, 1)));
        Assert.Equal(t1.Augmented, text.Apply(sentence, new AugmentContext(Rng.ForSample(3, 0, 1))).Augmented);
        Assert.NotEmpty(t1.Augmented);
        Assert.Equal(("The quiet movie was a warm delight from start to finish.", "pos"), (t1.Text, t1.Label));
        Assert.Empty(sentence.Augmented);

        var audio = Build<AudioClip>(name, "gain(db=-6)", "reverse", "shift(shift=0.25)");
        var samples = new float[2 * 800];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = (float)Math.Sin(i * 0.05) * 0.5f;
        }

        var clip = new AudioClip(samples, 2, 8000);
        var before = (float[])clip.Samples.Clone();
        var c1 = audio.Apply(clip, new AugmentContext(Rng.ForSample(3, 0, 1)));
        Assert.Equal(c1.Samples, audio.Apply(clip, new AugmentContext(Rng.ForSample(3, 0, 1))).Samples);
        Assert.Equal((2, 800, 8000), (c1.Channels, c1.Length, c1.SampleRate));
        Assert.NotEqual(before, c1.Samples);
        Assert.Equal(before, clip.Samples);
    }
}
