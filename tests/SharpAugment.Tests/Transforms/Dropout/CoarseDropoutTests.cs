using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Dropout;

namespace SharpAugment.Tests.Transforms.Dropout;

/// <summary><c>coarse_dropout</c> and its alias <c>cutout</c>: hole counts and sizes, fills, and the targets under the holes.</summary>
public class CoarseDropoutTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static Image<byte> Filled(int w, int h, int c, byte v) => new(w, h, c, Enumerable.Repeat(v, w * h * c).ToArray());

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
}
