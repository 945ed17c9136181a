using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Mixing;

namespace SharpAugment.Tests.Transforms.Mixing;

public class BatchMixingTests
{
    // A row of at most 6 float32 mixes of values in [0, 1]: each operation rounds by 2^-24 relative, so 1e-5 is ample.
    private const float RowTolerance = 1e-5f;

    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    public static readonly TheoryData<string> Pipelines = new()
    {
        "mixup(alpha=0.4)",
        "cutmix(alpha=1.0)",
        "timm_mixup(mixup_alpha=0.8, cutmix_alpha=1.0, mode=batch)",
        "timm_mixup(mixup_alpha=0.8, cutmix_alpha=1.0, mode=pair, label_smoothing=0.2)",
        "timm_mixup(mixup_alpha=0.8, cutmix_alpha=1.0, cutmix_minmax=0.2..0.8, mode=elem, prob=0.7)",
        "timm_mixup(mixup_alpha=0, cutmix_alpha=1.0, correct_lam=false, mode=elem)",
        "mosaic",
        "mosaic(center_range=0..1) | mixup(alpha=1)",
    };

    private static ImageBatch Run(string text, ImageBatch batch, ulong seed) =>
        Registry.Parse<ImageBatch>(text).Apply(batch, new AugmentContext(Rng.ForSample(seed, 0, 0)));

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void EverySoftLabelRowSumsToOne(string text)
    {
        var batch = BatchFixtures.Flat(6);
        for (ulong seed = 0; seed < 30; seed++)
        {
            var r = Run(text, batch, seed);
            for (int i = 0; i < r.Count; i++)
            {
                float sum = 0;
                foreach (var v in r.Label(i))
                {
                    Assert.True(v >= 0, $"negative label weight {v}");
                    sum += v;
                }

                Assert.InRange(sum, 1 - RowTolerance, 1 + RowTolerance);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void SameSeedSameBatchAndInputUntouched(string text)
    {
        var batch = BatchFixtures.Textured(4);
        var before = batch.Samples.Select(s => ((Image<byte>)s.Image).Clone()).ToArray();
        var labelsBefore = batch.Labels.ToArray();
        var r1 = Run(text, batch, 11);
        var r2 = Run(text, batch, 11);
        for (int i = 0; i < batch.Count; i++)
        {
            Assert.True(((Image<byte>)r1.Samples[i].Image).ContentEquals((Image<byte>)r2.Samples[i].Image));
            Assert.True(r1.Samples[i].Masks[0].ContentEquals(r2.Samples[i].Masks[0]));
            Assert.Equal(r1.Samples[i].Boxes, r2.Samples[i].Boxes);
            Assert.True(before[i].ContentEquals((Image<byte>)batch.Samples[i].Image));
        }

        Assert.Equal(r1.Labels.ToArray(), r2.Labels.ToArray());
        Assert.Equal(labelsBefore, batch.Labels.ToArray());
    }

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void RecordedParametersReplay(string text)
    {
        var t = Registry.Parse<ImageBatch>(text);
        var batch = BatchFixtures.Textured(4);
        var tape = new List<SampledStep>();
        var r1 = t.Apply(batch, new AugmentContext(Rng.ForSample(5, 0, 0), tape));
        var r2 = t.Apply(batch, AugmentContext.ForReplay(tape));
        Assert.Equal(r1.Labels.ToArray(), r2.Labels.ToArray());
        Assert.True(((Image<byte>)r1.Samples[3].Image).ContentEquals((Image<byte>)r2.Samples[3].Image));
    }

    [Fact]
    public void BatchTransformsParseOnlyForBatches()
    {
        Assert.Equal("mixup(alpha=0.4)", Registry.Parse<ImageBatch>("mixup(alpha=0.4)").ToString());
        var e = Assert.Throws<ArgumentException>(() => Registry.Parse<Sample>("cutmix"));
        Assert.Contains("ImageBatch", e.Message, StringComparison.Ordinal);
        var p = Assert.Throws<TransformParameterException>(() => Registry.Parse<ImageBatch>("mixup(alpha=0)"));
        Assert.Equal("alpha", p.Parameter);
        var q = Assert.Throws<TransformParameterException>(() => Registry.Parse<ImageBatch>("timm_mixup(mixup_alpha=0)"));
        Assert.Equal("mixup_alpha", q.Parameter);
    }
}
