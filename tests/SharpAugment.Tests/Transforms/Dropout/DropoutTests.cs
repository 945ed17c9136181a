using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Dropout;

namespace SharpAugment.Tests.Transforms.Dropout;

public class DropoutTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static Image<byte> Filled(int w, int h, int c, byte v) => new(w, h, c, Enumerable.Repeat(v, w * h * c).ToArray());

    [Fact]
    public void EraseFillsTheRectangleAndClipsAtTheEdge()
    {
        var img = Filled(8, 6, 3, 200);
        var r = (Image<byte>)Registry.Parse<Sample>("erase(x=6, y=4, width=5, height=5, value=[1, 2, 3])").Apply(new Sample(img), new AugmentContext(new Rng(0))).Image;
        for (int y = 0; y < 6; y++)
        {
            for (int x = 0; x < 8; x++)
            {
                bool inside = x >= 6 && y >= 4;
                Assert.Equal(inside ? 1 : 200, r[x, y, 0]);
                Assert.Equal(inside ? 3 : 200, r[x, y, 2]);
            }
        }

        var f = (Image<float>)Registry.Parse<Sample>("erase(width=1, height=1, value=51)").Apply(new Sample(ImageConversions.ToFloat(img)), new AugmentContext(new Rng(0))).Image;
        Assert.Equal(0.2f, f[0, 0, 0], 6);
    }

    [Fact]
    public void RandomErasingWithFixedScaleAndRatioErasesTheTorchvisionSize()
    {
        // scale 0.5 and ratio 1 on 100x100: h = w = round(sqrt(5000)) = 71, placed anywhere in [0, 29].
        var t = Registry.Parse<Sample>("random_erasing(p=1, scale=0.5, ratio=1, value=9)");
        for (ulong s = 0; s < 20; s++)
        {
            var r = (Image<byte>)t.Apply(new Sample(Filled(100, 100, 1, 200)), new AugmentContext(new Rng(s))).Image;
            Assert.Equal(71 * 71, r.Pixels.Count(v => v == 9));
        }
    }

    [Fact]
    public void RandomErasingDistributionWithFixedSeeds()
    {
        // Defaults: p 0.5, scale 0.02..0.33, ratio 0.3..3.3 on 80x60.
        var t = (RandomErasing)Registry.Parse<Sample>("random_erasing");
        var sample = new Sample(Filled(80, 60, 3, 100));
        int applied = 0;
        double areaSum = 0;
        int holes = 0;
        for (ulong s = 0; s < 2000; s++)
        {
            var ctx = new AugmentContext(Rng.ForSample(42, 0, (long)s));
            var r = (Image<byte>)t.Apply(sample, ctx).Image;
            int erased = r.Pixels.Count(v => v == 0) / 3;
            applied += ReferenceEquals(r, sample.Image) ? 0 : 1;
            var p = t.SampleParams(sample, Rng.ForSample(7, 0, (long)s));
            foreach (var h in p.Holes)
            {
                Assert.InRange(h.Height, 1, 59);
                Assert.InRange(h.Width, 1, 79);
                Assert.InRange(h.X, 0, 80 - h.Width);
                Assert.InRange(h.Y, 0, 60 - h.Height);
                areaSum += h.Width * h.Height / 4800.0;
                holes++;
            }

            Assert.True(erased == 0 || !ReferenceEquals(r, sample.Image));
        }

        // Binomial(2000, 0.5): sd 22; 100 is 4.5 sd.
        Assert.InRange(applied, 900, 1100);

        // Area fractions are drawn from U(0.02, 0.33) (mean 0.175), rounded sides and rejected tall or wide tries bias it lower;
        // 0.12..0.19 brackets that with room for sampling noise (sd of the mean about 0.002).
        Assert.InRange(areaSum / holes, 0.12, 0.19);
        Assert.InRange(holes, 1900, 2000);
    }

    [Fact]
    public void RandomErasingRandomValuesAreStandardNormalOnFloats()
    {
        var img = new Image<float>(200, 200, 1);
        var r = (Image<float>)Registry.Parse<Sample>("random_erasing(p=1, scale=0.25, ratio=1, value_mode=random)").Apply(new Sample(img), new AugmentContext(new Rng(4))).Image;
        var erased = r.Pixels.Where(v => v != 0f).Select(v => (double)v).ToArray();
        Assert.InRange(erased.Length, 9000, 10000); // a 100x100 hole
        double mean = erased.Average();
        double sd = Math.Sqrt(erased.Average(v => (v - mean) * (v - mean)));

        // 10,000 N(0,1) draws: the mean's standard error is 0.01, so 0.05 is five of them; the sd's is about 0.007.
        Assert.InRange(mean, -0.05, 0.05);
        Assert.InRange(sd, 0.96, 1.04);
        Assert.Throws<TransformParameterException>(() => Registry.Parse<Sample>("random_erasing(value_mode=random_uniform)"));
    }

    [Fact]
    public void CoarseDropoutHoleCountsAndSizesStayInTheirRanges()
    {
        var pixels = (CoarseDropout)Registry.Parse<Sample>("coarse_dropout(num_holes_range=2..4, hole_height_range=3..5, hole_width_range=6..6)");
        var fractions = (CoarseDropout)Registry.Parse<Sample>("coarse_dropout(num_holes_range=1..1, hole_height_range=0.1..0.2, hole_width_range=0.25..0.5)");
        var sample = new Sample(Filled(40, 50, 3, 1));
        var counts = new int[5];
        for (ulong s = 0; s < 400; s++)
        {
            var p = pixels.SampleParams(sample, new Rng(s));
            counts[p.Holes.Count]++;
            foreach (var h in p.Holes)
            {
                Assert.InRange(h.Height, 3, 5);
                Assert.Equal(6, h.Width);
                Assert.InRange(h.X, 0, 34);
                Assert.InRange(h.Y, 0, 50 - h.Height);
            }

            var q = fractions.SampleParams(sample, new Rng(s));
            Assert.Single(q.Holes);
            Assert.InRange(q.Holes[0].Height, 5, 10); // int(50 * U(0.1, 0.2))
            Assert.InRange(q.Holes[0].Width, 10, 20); // int(40 * U(0.25, 0.5))
        }

        // 400 draws over 3 equally likely counts: each expects 133 (sd 9.4); 100 is 3.5 sd below.
        Assert.Equal(0, counts[0] + counts[1]);
        Assert.All(counts[2..], c => Assert.True(c > 100, $"count {c}"));
    }

    [Fact]
    public void CoarseDropoutFillsImageAndMasksAndDropsCoveredKeypoints()
    {
        var t = new CoarseDropout(new CoarseDropoutOptions { P = 1, Fill = [7], FillMask = 5 });
        var mask = new Image<byte>(20, 10, 1);
        var sample = new Sample(Filled(20, 10, 3, 100))
        {
            Masks = [mask],
            Keypoints = [new Keypoint(2.5f, 2.5f, Label: 1), new Keypoint(15f, 8f, Label: 2), new Keypoint(4f, 3f, Label: 3)],
        };
        var p = new DropoutParams([new DropoutHole(1, 1, 3, 2)], 0); // columns 1..3, rows 1..2
        var r = t.Apply(sample, p);
        var img = (Image<byte>)r.Image;
        Assert.Equal(7, img[1, 1, 0]);
        Assert.Equal(7, img[3, 2, 2]);
        Assert.Equal(100, img[4, 2, 0]);
        Assert.Equal(100, img[1, 3, 0]);
        Assert.Equal(5, r.Masks[0][2, 2, 0]);
        Assert.Equal(0, r.Masks[0][5, 5, 0]);
        Assert.Equal(0, mask[2, 2, 0]); // the input mask is not modified
        Assert.Equal([2, 3], r.Keypoints.Select(k => k.Label)); // (4, 3) is on the exclusive edge, kept as Albumentations does

        var untouched = new CoarseDropout(new CoarseDropoutOptions { P = 1 }).Apply(sample, p);
        Assert.Same(sample.Masks, untouched.Masks);
        var keep = new CoarseDropout(new CoarseDropoutOptions { P = 1 }).Apply(sample with { Rules = new TargetRules { RemoveInvisibleKeypoints = false } }, p);
        Assert.Equal(3, keep.Keypoints.Count);
    }

    [Fact]
    public void CoarseDropoutDropsBoxesByTheSampleRules()
    {
        var t = new CoarseDropout(new CoarseDropoutOptions { P = 1 });
        var boxes = new[] { new BoundingBox(0, 0, 4, 4, 1), new BoundingBox(10, 0, 20, 10, 2) };
        var sample = new Sample(Filled(20, 10, 1, 50)) { Boxes = boxes };
        var p = new DropoutParams([new DropoutHole(0, 0, 4, 4), new DropoutHole(10, 0, 6, 10)], 0);

        // Albumentations 2.x drops a fully covered box even with min_area 0 and min_visibility 0, and shrinks the
        // kept box to its visible columns 16..19.
        Assert.Equal([new BoundingBox(16, 0, 20, 10, 2)], t.Apply(sample, p).Boxes);

        // Box 1 is fully hidden, box 2 keeps 40%: min_visibility 0.5 drops both, 0.3 keeps box 2, min_area 41 drops it again.
        Assert.Empty(t.Apply(sample with { Rules = new TargetRules { MinVisibility = 0.5 } }, p).Boxes);
        Assert.Equal([2], t.Apply(sample with { Rules = new TargetRules { MinVisibility = 0.3 } }, p).Boxes.Select(b => b.Label));
        Assert.Equal([2], t.Apply(sample with { Rules = new TargetRules { MinArea = 40 } }, p).Boxes.Select(b => b.Label));
        Assert.Empty(t.Apply(sample with { Rules = new TargetRules { MinArea = 41 } }, p).Boxes);
    }

    [Fact]
    public void RandomFillModes()
    {
        var sample = new Sample(Filled(30, 30, 3, 0));
        var p = new DropoutParams([new DropoutHole(0, 0, 10, 10), new DropoutHole(20, 20, 10, 10)], 99);
        var uniform = (Image<byte>)new CoarseDropout(new CoarseDropoutOptions { FillMode = FillMode.RandomUniform }).Apply(sample, p).Image;
        Assert.Equal(uniform[0, 0, 1], uniform[9, 9, 1]);
        Assert.Equal(uniform[20, 20, 2], uniform[29, 29, 2]);
        var random = (Image<byte>)new CoarseDropout(new CoarseDropoutOptions { FillMode = FillMode.Random }).Apply(sample, p).Image;
        var values = Enumerable.Range(0, 10).SelectMany(y => Enumerable.Range(0, 10).Select(x => random[x, y, 0])).ToArray();

        // 100 uniform bytes: at least 50 distinct values (expected about 82) and a mean within 40 of 127.5 (sd of the mean 7.4).
        Assert.True(values.Distinct().Count() > 50);
        Assert.InRange(values.Average(v => (double)v), 87.5, 167.5);
    }

    [Fact]
    public void CutoutIsAnAliasWithItsOwnName()
    {
        var t = Registry.Parse<Sample>("cutout(p=1, num_holes_range=1, hole_height_range=4, hole_width_range=4, fill=255)");
        Assert.Equal("cutout", t.Name);
        Assert.StartsWith("cutout(", t.ToSpec().ToString(), StringComparison.Ordinal);
        var r = (Image<byte>)t.Apply(new Sample(Filled(10, 10, 1, 0)), new AugmentContext(new Rng(2))).Image;
        Assert.Equal(16, r.Pixels.Count(v => v == 255));
        Assert.Equal(Registry.Get("coarse_dropout").OptionsType, Registry.Get("cutout").OptionsType);
    }

    [Theory]
    [InlineData("coarse_dropout(hole_height_range=2.5..3)", "hole_height_range")]
    [InlineData("coarse_dropout(num_holes_range=0..2)", "num_holes_range")]
    [InlineData("coarse_dropout(fill=[1, 2, 3, 4, 5])", "fill")]
    [InlineData("random_erasing(scale=0.5..1.5)", "scale")]
    [InlineData("erase(width=-1)", "width")]
    public void BadParametersNameTransformAndParameter(string text, string parameter)
    {
        var e = Assert.Throws<TransformParameterException>(() => Registry.Parse<Sample>(text));
        Assert.Equal(parameter, e.Parameter);
    }

    [Fact]
    public void PerChannelValueCountMustFitTheImage()
    {
        var t = Registry.Parse<Sample>("erase(width=2, height=2, value=[1, 2, 3])");
        var e = Assert.Throws<ArgumentException>(() => t.Apply(new Sample(Filled(4, 4, 1, 0)), new AugmentContext(new Rng(0))));
        Assert.Contains("erase", e.Message, StringComparison.Ordinal);
    }
}
