using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;

namespace SharpAugment.Tests.Transforms;

/// <summary>The discovery-based matrix (as Albumentations' tests): every registered image transform runs the shared invariants; a transform without test parameters fails the suite.</summary>
public class TransformMatrixTests
{
    /// <summary>Parameters to test each transform with: random where the transform is random, valid on a 37x29 image.</summary>
    public static readonly IReadOnlyDictionary<string, string> Cases = new Dictionary<string, string>
    {
        ["hflip"] = "hflip",
        ["vflip"] = "vflip",
        ["transpose"] = "transpose",
        ["rotate90"] = "rotate90(k=0..3)",
        ["rotate"] = "rotate(angle=-40..40, interpolation=bilinear, fill=[10, 20, 30, 40])",
        ["affine"] = "affine(angle=-20..20, translate=[-3..3, -2..2], scale=0.8..1.2, shear=[-10..10, 0])",
        ["perspective"] = "perspective(distortion_scale=0.4)",
        ["resize"] = "resize(width=20, height=33)",
        ["crop"] = "crop(x=3, y=2, width=20, height=15)",
        ["center_crop"] = "center_crop(width=21, height=40)",
        ["random_crop"] = "random_crop(width=20, height=20, padding=2, padding_mode=reflect)",
        ["random_resized_crop"] = "random_resized_crop(width=24, height=16)",
        ["pad"] = "pad(padding=[1, 2, 3, 4], padding_mode=symmetric)",
        ["pad_if_needed"] = "pad_if_needed(min_width=48, min_height=30, position=random)",
        ["longest_max_size"] = "longest_max_size(max_size=25..50)",
        ["smallest_max_size"] = "smallest_max_size(max_size=20)",
        ["random_scale"] = "random_scale(scale_limit=-0.3..0.3)",
        ["elastic"] = "elastic(alpha=20, sigma=3)",
        ["grid_distortion"] = "grid_distortion(num_steps=4)",
    };

    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var d in Registry.Descriptors.Where(d => d.TargetType == typeof(Sample)))
        {
            data.Add(d.Name);
        }

        return data;
    }

    private static ITransform<Sample> Build(string name)
    {
        Assert.True(Cases.TryGetValue(name, out var text), $"transform '{name}' is registered but has no entry in TransformMatrixTests.Cases");
        var t = Registry.Parse<Sample>(text!);
        Assert.Equal(name, t.Name);
        return t;
    }

    private static Sample Run(ITransform<Sample> t, Sample s, ulong seed) => t.Apply(s, new AugmentContext(Rng.ForSample(seed, 0, 0)));

    [Theory]
    [MemberData(nameof(Names))]
    public void InputIsNotModified(string name)
    {
        var t = Build(name);
        var sample = TestImages.FullSample(37, 29, 3);
        var before = ((Image<byte>)sample.Image).Clone();
        var mask = sample.Masks[0].Clone();
        var boxes = sample.Boxes.ToArray();
        Run(t, sample, 5);
        Assert.True(before.ContentEquals((Image<byte>)sample.Image));
        Assert.True(mask.ContentEquals(sample.Masks[0]));
        Assert.Equal(boxes, sample.Boxes);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SameSeedSameOutputAndTypeKept(string name)
    {
        var t = Build(name);
        foreach (int channels in new[] { 1, 3, 4 })
        {
            var sample = TestImages.FullSample(37, 29, channels);
            var a = Run(t, sample, 11);
            var b = Run(t, sample, 11);
            var ia = Assert.IsType<Image<byte>>(a.Image);
            Assert.True(ia.ContentEquals((Image<byte>)b.Image));
            Assert.Equal(channels, ia.Channels);
            Assert.Equal(a.Boxes, b.Boxes);
            Assert.Equal(a.Keypoints, b.Keypoints);
            Assert.All(a.Masks, m => Assert.Equal((a.Width, a.Height, 1), (m.Width, m.Height, m.Channels)));
            Assert.Equal(sample.Label, a.Label);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TextAndJsonRoundTripsGiveTheSameTransform(string name)
    {
        var t = Build(name);
        var spec = t.ToSpec();
        var fromText = Registry.Parse<Sample>(spec.ToString());
        var fromJson = Registry.FromJson<Sample>(PipelineJson.Format(spec));
        Assert.Equal(spec, fromText.ToSpec());
        Assert.Equal(spec, fromJson.ToSpec());
        var sample = TestImages.FullSample(37, 29, 3);
        var a = (Image<byte>)Run(t, sample, 3).Image;
        Assert.True(a.ContentEquals((Image<byte>)Run(fromText, sample, 3).Image));
        Assert.True(a.ContentEquals((Image<byte>)Run(fromJson, sample, 3).Image));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ByteAndFloatAgree(string name)
    {
        var t = Build(name);
        var sample = TestImages.FullSample(37, 29, 3);
        var floatSample = sample with { Image = ImageConversions.ToFloat((Image<byte>)sample.Image) };
        var b = (Image<byte>)Run(t, sample, 7).Image;
        var f = Assert.IsType<Image<float>>(Run(t, floatSample, 7).Image);
        Assert.Equal((b.Width, b.Height, b.Channels), (f.Width, f.Height, f.Channels));
        var fb = ImageConversions.ToBytes(f);

        // Byte results are rounded once at the end while float results are not; a value may differ by one level from
        // rounding, and nearest sampling may pick a neighbour on exact ties (float coordinates differ in the last bit).
        // So: 99% of values within 1 level and the mean difference below 0.5 level.
        int within = 0;
        double total = 0;
        for (int i = 0; i < b.Pixels.Length; i++)
        {
            int d = Math.Abs(b.Pixels[i] - fb.Pixels[i]);
            within += d <= 1 ? 1 : 0;
            total += d;
        }

        Assert.True(within >= 0.99 * b.Pixels.Length, $"{name}: only {within}/{b.Pixels.Length} within 1");
        Assert.True(total / b.Pixels.Length < 0.5, $"{name}: mean difference {total / b.Pixels.Length}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TinyAndOddSizesWork(string name)
    {
        var t = Build(name);
        foreach (var (w, h) in new[] { (1, 1), (2, 1), (1, 3), (7, 5) })
        {
            var sample = new Sample(TestImages.Random(w, h, 3)) { Masks = [TestImages.Mask(w, h)] };
            Sample result;
            try
            {
                result = Run(t, sample, 1);
            }
            catch (TransformParameterException e)
            {
                // A fixed crop larger than a tiny image is refused with a clear error, never a crash.
                Assert.Contains(name, e.Message, StringComparison.Ordinal);
                continue;
            }

            Assert.True(result.Width >= 1 && result.Height >= 1);
            Assert.Equal(result.Width, result.Masks[0].Width);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RecordedParametersReplayOnAnotherSample(string name)
    {
        var t = Build(name);
        var a = TestImages.FullSample(37, 29, 3, seed: 1);
        var b = TestImages.FullSample(37, 29, 3, seed: 2);
        var tape = new List<SampledStep>();
        var first = Run(t, b, 99);
        t.Apply(a, new AugmentContext(Rng.ForSample(99, 0, 0), tape));
        var replayed = t.Apply(b, AugmentContext.ForReplay(tape));
        Assert.True(((Image<byte>)first.Image).ContentEquals((Image<byte>)replayed.Image));
    }
}
