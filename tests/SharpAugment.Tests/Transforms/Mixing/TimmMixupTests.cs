using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Mixing;

namespace SharpAugment.Tests.Transforms.Mixing;

/// <summary><c>timm_mixup</c>: timm's pairing, modes, probability and cutmix_minmax.</summary>
public class TimmMixupTests
{
    // A row of at most 6 float32 mixes of values in [0, 1]: each operation rounds by 2^-24 relative, so 1e-5 is ample.
    private const float RowTolerance = 1e-5f;

    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static ImageBatch Run(string text, ImageBatch batch, ulong seed) =>
        Registry.Parse<ImageBatch>(text).Apply(batch, new AugmentContext(Rng.ForSample(seed, 0, 0)));

    [Fact]
    public void TimmPairsWithTheMirroredSampleAndSmoothsLabels()
    {
        var batch = BatchFixtures.Flat(4, numClasses: 5);
        var t = new TimmMixup(new TimmMixupOptions { MixupAlpha = 1, LabelSmoothing = 0.1, Mode = MixMode.Elem });
        var p = t.SampleParams(batch, new Rng(4));
        var r = t.Apply(batch, p);
        for (int i = 0; i < 4; i++)
        {
            int j = 3 - i;
            double l = p.Mixes[i].Lambda;
            float on = 1 - 0.1f + 0.02f;
            float off = 0.02f;
            float expectedOwn = (float)(l * on + (1 - l) * (i == j ? on : off));
            Assert.InRange(r.Label(i)[i], expectedOwn - 1e-5f, expectedOwn + 1e-5f); // float32 mix of two rows, see RowTolerance
            float v = l * BatchFixtures.Shade(i) + (1 - l) * BatchFixtures.Shade(j) is var d ? (float)d : 0;
            Assert.InRange(((Image<byte>)r.Samples[i].Image).Pixels[0], Math.Round(v) - 1, Math.Round(v) + 1); // float32 vs double rounding: one level
        }
    }

    [Fact]
    public void TimmPairModeUsesOneDrawForBothMembers()
    {
        var batch = BatchFixtures.Flat(6);
        var t = new TimmMixup(new TimmMixupOptions { MixupAlpha = 0, CutmixAlpha = 1, Mode = MixMode.Pair, LabelSmoothing = 0 });
        var p = t.SampleParams(batch, new Rng(8));
        Assert.Equal(3, p.Mixes.Count);
        var r = t.Apply(batch, p);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(r.Label(i)[i], r.Label(5 - i)[5 - i]);
            Assert.Equal((float)p.Mixes[i].Lambda, r.Label(i)[i], 6); // float32 of the double lambda
        }

        Assert.Throws<ArgumentException>(() => t.Apply(BatchFixtures.Flat(5), new AugmentContext(new Rng(1))));
    }

    [Fact]
    public void TimmProbZeroOnlySmooths()
    {
        var batch = BatchFixtures.Flat(4, numClasses: 4);
        var r = Run("timm_mixup(prob=0, label_smoothing=0.2)", batch, 1);
        Assert.Equal([0.85f, 0.05f, 0.05f, 0.05f], r.Label(0).ToArray());
        Assert.Same(batch.Samples[2], r.Samples[2]);
    }

    [Fact]
    public void TimmCutmixMinmaxKeepsTheBoxInsideAndWithinRatios()
    {
        var batch = BatchFixtures.Flat(4, 50, 40);
        var t = new TimmMixup(new TimmMixupOptions { MixupAlpha = 0, CutmixMinmax = new FloatRange(0.2, 0.6), Mode = MixMode.Elem });
        for (ulong seed = 0; seed < 40; seed++)
        {
            foreach (var m in t.SampleParams(batch, new Rng(seed)).Mixes)
            {
                var b = m.Box!.Value;
                Assert.InRange(b.Width, 10, 29);
                Assert.InRange(b.Height, 8, 23);
                Assert.True(b.XMin >= 0 && b.XMax <= 50 && b.YMin >= 0 && b.YMax <= 40);
                Assert.Equal(b.KeptFraction(50, 40), m.Lambda);
            }
        }
    }
}
