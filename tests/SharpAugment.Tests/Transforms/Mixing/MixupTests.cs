using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Mixing;

namespace SharpAugment.Tests.Transforms.Mixing;

/// <summary><c>mixup</c>: pairing with the previous sample and the Beta-distributed weight.</summary>
public class MixupTests
{
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
}
