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
    public void MixupPairsEachSampleWithThePreviousOne()
    {
        var batch = BatchFixtures.Flat(4);
        var t = new Mixup(new MixupOptions { Alpha = 1 });
        var p = t.SampleParams(batch, new Rng(3));
        var r = t.Apply(batch, p);
        for (int i = 0; i < 4; i++)
        {
            int j = (i + 3) % 4;
            float expected = ((float)p.Lambda * BatchFixtures.Shade(i)) + ((float)(1 - p.Lambda) * BatchFixtures.Shade(j));
            Assert.Equal((byte)(int)(expected + 0.5f), ((Image<byte>)r.Samples[i].Image).Pixels[0]);
            Assert.Equal((float)p.Lambda, r.Label(i)[i]);
            Assert.Equal(1 - (float)p.Lambda, r.Label(i)[j]);
        }
    }

    [Fact]
    public void MixupWithSmallAlphaConcentratesLambdaNearZeroAndOne()
    {
        // For Beta(0.1, 0.1), P(0.1 < lambda < 0.9) = 0.18723 (scipy.stats.beta); for Beta(1, 1) it is 0.8.
        // With 4000 draws the binomial standard deviation is at most 0.0079, so +-0.035 is over 4 sigma.
        const int n = 4000;
        var batch = BatchFixtures.Flat(2, 4, 4);
        double Middle(double alpha, out double low, out double high)
        {
            var t = new Mixup(new MixupOptions { Alpha = alpha });
            int mid = 0, lo = 0, hi = 0;
            for (int k = 0; k < n; k++)
            {
                double l = t.SampleParams(batch, Rng.ForSample(99, 0, k)).Lambda;
                Assert.InRange(l, 0.0, 1.0);
                if (l < 0.1)
                {
                    lo++;
                }
                else if (l > 0.9)
                {
                    hi++;
                }
                else
                {
                    mid++;
                }
            }

            low = lo / (double)n;
            high = hi / (double)n;
            return mid / (double)n;
        }

        Assert.InRange(Middle(0.1, out double low, out double high), 0.18723 - 0.035, 0.18723 + 0.035);
        Assert.InRange(low, 0.40638 - 0.035, 0.40638 + 0.035); // symmetric: (1 - 0.18723) / 2 at each end
        Assert.InRange(high, 0.40638 - 0.035, 0.40638 + 0.035);
        Assert.InRange(Middle(1.0, out _, out _), 0.8 - 0.035, 0.8 + 0.035);
    }

    [Fact]
    public void CutMixLabelWeightEqualsPixelsKeptAndMasksFollowThePaste()
    {
        var batch = BatchFixtures.Flat(3);
        var t = new CutMix(new CutMixOptions());
        for (ulong seed = 0; seed < 50; seed++)
        {
            var r = t.Apply(batch, new AugmentContext(new Rng(seed)));
            for (int i = 0; i < 3; i++)
            {
                int j = (i + 2) % 3;
                var img = (Image<byte>)r.Samples[i].Image;
                int kept = 0;
                for (int px = 0; px < img.Pixels.Length; px += 3)
                {
                    kept += img.Pixels[px] == BatchFixtures.Shade(i) ? 1 : 0;
                }

                double lambda = kept / (double)(batch.Width * batch.Height);
                Assert.Equal((float)lambda, r.Label(i)[i], 6); // float32 of an exact double ratio: 6 decimals
                if (lambda < 1)
                {
                    Assert.Equal((float)(1 - lambda), r.Label(i)[j], 6);
                }

                var mask = r.Samples[i].Masks[0].Pixels;
                for (int px = 0; px < mask.Length; px++)
                {
                    bool fromPartner = img.Pixels[px * 3] == BatchFixtures.Shade(j);
                    Assert.Equal(fromPartner ? j + 1 : i + 1, mask[px]);
                }
            }
        }
    }

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

    [Fact]
    public void MosaicTilesLandInTheirQuadrantAndStayInside()
    {
        var batch = BatchFixtures.Flat(5);
        var t = new Mosaic(new MosaicOptions { CenterRange = new FloatRange(0, 1) });
        for (ulong seed = 0; seed < 60; seed++)
        {
            var p = t.SampleParams(batch, new Rng(seed));
            var r = t.Apply(batch, p);
            for (int i = 0; i < batch.Count; i++)
            {
                var tile = p.Tiles[i];
                Assert.Equal(i, tile.Sources[0]);
                MixBox[] quads = [new(0, 0, tile.CenterX, tile.CenterY), new(tile.CenterX, 0, 40, tile.CenterY), new(0, tile.CenterY, tile.CenterX, 30), new(tile.CenterX, tile.CenterY, 40, 30)];
                var s = r.Samples[i];
                var img = (Image<byte>)s.Image;
                int boxIndex = 0;
                for (int q = 0; q < 4; q++)
                {
                    var quad = quads[q];
                    int src = tile.Sources[q];
                    if (quad.Area > 0)
                    {
                        // every source box covered its whole image, so it must become exactly its quadrant, in order
                        var box = s.Boxes[boxIndex++];
                        Assert.Equal(new BoundingBox(quad.XMin, quad.YMin, quad.XMax, quad.YMax, src), box);
                        Assert.Equal(BatchFixtures.Shade(src), img[quad.XMin, quad.YMin, 1]);
                        Assert.Equal(BatchFixtures.Shade(src), img[quad.XMax - 1, quad.YMax - 1, 2]);
                        Assert.Equal(src + 1, s.Masks[0][quad.XMax - 1, quad.YMin, 0]);
                    }
                }

                Assert.Equal(boxIndex, s.Boxes.Count);
                foreach (var b in s.Boxes)
                {
                    Assert.True(b.XMin >= 0 && b.YMin >= 0 && b.XMax <= 40 && b.YMax <= 30, $"box {b} leaves the 40x30 image");
                }

                foreach (var k in s.Keypoints)
                {
                    Assert.True(quads[Array.IndexOf(tile.Sources.ToArray(), k.Label)].Contains(k.X, k.Y) || tile.Sources.Count(x => x == k.Label) > 1);
                }
            }
        }
    }

    [Fact]
    public void MosaicLabelsWeighTilesByArea()
    {
        var batch = BatchFixtures.Flat(4);
        var t = new Mosaic(new MosaicOptions());
        var tile = new MosaicTile([0, 1, 2, 3], 10, 20);
        var r = t.Apply(batch, new MosaicParams([tile, tile with { Sources = [1, 1, 1, 1] }, tile with { Sources = [2, 0, 0, 0] }, tile with { Sources = [3, 3, 3, 3] }]));
        Assert.Equal([200f / 1200, 600f / 1200, 100f / 1200, 300f / 1200, 0f, 0f], r.Label(0).ToArray());
        Assert.Equal([0f, 1f, 0f, 0f, 0f, 0f], r.Label(1).ToArray());
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
