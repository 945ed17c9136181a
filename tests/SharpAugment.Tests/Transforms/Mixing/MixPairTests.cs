using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms.Mixing;

namespace SharpAugment.Tests.Transforms.Mixing;

public class MixPairTests
{
    private static readonly float[] YA = [1f, 0f, 0f];
    private static readonly float[] YB = [0f, 0f, 1f];

    [Fact]
    public void MixupIsTheRoundedWeightedSumAndLabelFollows()
    {
        var a = TestImages.Random(23, 17, 3, 1);
        var b = TestImages.Random(23, 17, 3, 2);
        var r = MixPair.Mixup(a, YA, b, YB, 0.4, new Rng(7));
        var img = (Image<byte>)r.Image;
        for (int i = 0; i < img.Pixels.Length; i++)
        {
            double exact = r.Lambda * a.Pixels[i] + (1 - r.Lambda) * b.Pixels[i];

            // float32 arithmetic against the double formula can flip a value lying within 1e-4 of .5: at most one level apart.
            Assert.InRange(img.Pixels[i], Math.Round(exact) - 1, Math.Round(exact) + 1);
        }

        Assert.Equal((float)r.Lambda, r.Label[0]);
        Assert.Equal((float)(1 - r.Lambda), r.Label[2]);
        Assert.Null(r.Box);
    }

    [Fact]
    public void CutMixLabelWeightEqualsTheAreaLeftAfterClipping()
    {
        for (ulong seed = 0; seed < 200; seed++)
        {
            var a = new Image<byte>(31, 19, 1);
            a.Pixels.AsSpan().Fill(10);
            var b = new Image<byte>(31, 19, 1);
            b.Pixels.AsSpan().Fill(200);
            var r = MixPair.CutMix(a, YA, b, YB, 1.0, new Rng(seed));
            int fromB = 0;
            foreach (var v in ((Image<byte>)r.Image).Pixels)
            {
                fromB += v == 200 ? 1 : 0;
            }

            Assert.Equal(1.0 - fromB / (31.0 * 19.0), r.Lambda);
            Assert.Equal(r.Box!.Value.Area, fromB);
            Assert.Equal((float)r.Lambda, r.Label[0]);
        }
    }

    [Fact]
    public void CutMixWithABoxOutsideTheImageClipsIt()
    {
        var a = new Image<byte>(10, 10, 1);
        var b = new Image<byte>(10, 10, 1);
        b.Pixels.AsSpan().Fill(1);
        var r = MixPair.CutMixWithBox(a, YA, b, YB, new MixBox(-5, 6, 4, 20));
        Assert.Equal(new MixBox(0, 6, 4, 10), r.Box);
        Assert.Equal(1.0 - 16 / 100.0, r.Lambda);
    }

    [Fact]
    public void MismatchedImagesAndBadAlphaAreRejected()
    {
        var a = new Image<byte>(10, 10, 3);
        var b = new Image<byte>(10, 11, 3);
        var e = Assert.Throws<ArgumentException>(() => MixPair.Mixup(a, YA, b, YB, 1, new Rng(1)));
        Assert.Contains("10x11x3", e.Message, StringComparison.Ordinal);
        var p = Assert.Throws<SharpAugment.Pipelines.TransformParameterException>(() => MixPair.CutMix(a, YA, a, YB, 0, new Rng(1)));
        Assert.Equal("alpha", p.Parameter);
    }
}
