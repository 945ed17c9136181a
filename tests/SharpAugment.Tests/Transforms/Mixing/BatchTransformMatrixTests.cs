using SharpAugment.Cli;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Transforms.Mixing;

/// <summary>The shared invariants over every registered batch transform, found by discovery: a batch transform registered without a case here fails.</summary>
public class BatchTransformMatrixTests
{
    /// <summary>Parameters that make each batch transform act (p = 1) on a batch of four 37x29 samples.</summary>
    private static readonly Dictionary<string, string> Cases = new()
    {
        ["mixup"] = "mixup(alpha=0.4)",
        ["cutmix"] = "cutmix(alpha=1.0)",
        ["timm_mixup"] = "timm_mixup(mixup_alpha=0.8, cutmix_alpha=1.0, mode=elem, label_smoothing=0.1)",
        ["mosaic"] = "mosaic(center_range=0.25..0.75)",
    };

    private static readonly TransformRegistry Registry = Registries.CreateFull();

    public static TheoryData<string> Names() => MatrixChecks.Names(Registry, d => d.TargetType == typeof(ImageBatch));

    private static ITransform<ImageBatch> Build(string name)
    {
        Assert.True(Cases.TryGetValue(name, out var text), $"batch transform '{name}' is registered but has no entry in BatchTransformMatrixTests.Cases");
        var t = Registry.Parse<ImageBatch>(text!);
        Assert.Equal(name, t.Name);
        return t;
    }

    private static ImageBatch Batch(bool asFloat, ulong seedOffset = 0)
    {
        var samples = new Sample[4];
        for (int i = 0; i < samples.Length; i++)
        {
            var s = TestImages.FullSample(37, 29, 3, (ulong)i + 1 + seedOffset) with { Label = i % 3 };
            samples[i] = asFloat ? s with { Image = ImageConversions.ToFloat((Image<byte>)s.Image) } : s;
        }

        return ImageBatch.FromSamples(samples, 3);
    }

    private static ImageBatch Run(ITransform<ImageBatch> t, ImageBatch batch, ulong seed, IList<SampledStep>? tape = null) =>
        t.Apply(batch, new AugmentContext(Rng.ForSample(seed, 0, 0), tape));

    private static Image<byte> Bytes(Sample s) => ImageConversions.ToBytes(s.Image);

    private static void AssertSameBatch(ImageBatch a, ImageBatch b, string what)
    {
        Assert.Equal(a.Count, b.Count);
        for (int i = 0; i < a.Count; i++)
        {
            Assert.True(Bytes(a.Samples[i]).ContentEquals(Bytes(b.Samples[i])), $"{what}: sample {i} differs");
            Assert.True(a.Samples[i].Masks[0].ContentEquals(b.Samples[i].Masks[0]), $"{what}: mask {i} differs");
            Assert.Equal(a.Samples[i].Boxes, b.Samples[i].Boxes);
            Assert.Equal(a.Samples[i].Keypoints, b.Samples[i].Keypoints);
        }

        Assert.Equal(a.Labels.ToArray(), b.Labels.ToArray());
    }

    [Fact]
    public void EveryBatchTransformIsCovered()
    {
        var names = Registry.Descriptors.Where(d => d.TargetType == typeof(ImageBatch)).Select(d => d.Name).ToList();
        Assert.True(names.Count >= 4, $"only {names.Count} batch transforms found");
        Assert.Empty(Cases.Keys.Except(names));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TheCaseActsWithProbabilityOne(string name)
    {
        var batch = Batch(false);
        var r = MatrixChecks.Acts(Build(name), batch);
        Assert.Contains(Enumerable.Range(0, batch.Count), i => !Bytes(r.Samples[i]).ContentEquals(Bytes(batch.Samples[i])));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void InputIsNotModified(string name)
    {
        var t = Build(name);
        foreach (bool asFloat in new[] { false, true })
        {
            var batch = Batch(asFloat);
            var copy = Batch(asFloat);
            for (ulong seed = 0; seed < 5; seed++)
            {
                Run(t, batch, seed);
            }

            AssertSameBatch(copy, batch, $"{name} modified its input batch (float {asFloat})");
            for (int i = 0; i < batch.Count; i++)
            {
                Assert.Equal(copy.Samples[i].Image.Depth, batch.Samples[i].Image.Depth);
                if (asFloat)
                {
                    Assert.True(((Image<float>)copy.Samples[i].Image).ContentEquals((Image<float>)batch.Samples[i].Image), $"{name} modified float sample {i}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SameSeedSameOutputShapeTypeAndLabelRowsKept(string name)
    {
        var t = Build(name);
        foreach (bool asFloat in new[] { false, true })
        {
            var batch = Batch(asFloat);
            for (ulong seed = 0; seed < 8; seed++)
            {
                var a = Run(t, batch, seed);
                AssertSameBatch(a, Run(t, batch, seed), $"{name} seed {seed}");
                Assert.Equal((batch.Count, batch.Width, batch.Height, batch.Channels, batch.Depth, batch.NumClasses), (a.Count, a.Width, a.Height, a.Channels, a.Depth, a.NumClasses));
                for (int i = 0; i < a.Count; i++)
                {
                    Assert.All(a.Samples[i].Masks, m => Assert.Equal((a.Width, a.Height, 1), (m.Width, m.Height, m.Channels)));
                    float sum = 0;
                    foreach (float v in a.Label(i))
                    {
                        Assert.True(v >= 0, $"{name}: negative label weight {v}");
                        sum += v;
                    }

                    Assert.InRange(sum, 1 - 1e-5f, 1 + 1e-5f); // float32 mixes of at most four rows
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TextAndJsonRoundTripsGiveTheSameTransform(string name)
    {
        var t = Build(name);
        var (fromText, fromJson) = MatrixChecks.RoundTrip(Registry, t);
        var batch = Batch(false);
        var a = Run(t, batch, 3);
        AssertSameBatch(a, Run(fromText, batch, 3), $"{name} from text");
        AssertSameBatch(a, Run(fromJson, batch, 3), $"{name} from JSON");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ByteAndFloatAgree(string name)
    {
        // Mixup blends in float32 and rounds to the nearest byte; the float batch converts back with the same rounding,
        // so a value may differ by one level on a tie. Pastes and tiles copy values: those agree exactly.
        var t = Build(name);
        for (ulong seed = 0; seed < 4; seed++)
        {
            var b = Run(t, Batch(false), seed);
            var f = Run(t, Batch(true), seed);
            Assert.Equal(b.Labels.ToArray(), f.Labels.ToArray());
            for (int i = 0; i < b.Count; i++)
            {
                Assert.IsType<Image<float>>(f.Samples[i].Image);
                var x = (Image<byte>)b.Samples[i].Image;
                var y = Bytes(f.Samples[i]);
                for (int k = 0; k < x.Pixels.Length; k++)
                {
                    Assert.True(Math.Abs(x.Pixels[k] - y.Pixels[k]) <= 1, $"{name} seed {seed} sample {i} value {k}: byte {x.Pixels[k]} vs float {y.Pixels[k]}");
                }

                Assert.Equal(b.Samples[i].Boxes, f.Samples[i].Boxes);
                Assert.True(b.Samples[i].Masks[0].ContentEquals(f.Samples[i].Masks[0]));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RecordedParametersReplayOnAnotherBatch(string name)
    {
        var t = Build(name);
        var first = Batch(false);
        var second = Batch(false, seedOffset: 10);
        var tape = new List<SampledStep>();
        Run(t, first, 99, tape);
        var replayed = t.Apply(second, AugmentContext.ForReplay(tape));
        AssertSameBatch(Run(t, second, 99), replayed, $"{name} replayed");
    }
}
