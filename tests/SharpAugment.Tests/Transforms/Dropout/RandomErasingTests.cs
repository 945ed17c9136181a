using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Dropout;

namespace SharpAugment.Tests.Transforms.Dropout;

/// <summary><c>random_erasing</c>: torchvision's sizes and draws.</summary>
public class RandomErasingTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static Image<byte> Filled(int w, int h, int c, byte v) => new(w, h, c, Enumerable.Repeat(v, w * h * c).ToArray());

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
}
