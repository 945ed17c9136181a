using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Dropout;

namespace SharpAugment.Tests.Transforms.Dropout;

/// <summary><c>erase</c>: the fixed rectangle, clipped at the edge, and its per-channel value.</summary>
public class EraseTests
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
    public void PerChannelValueCountMustFitTheImage()
    {
        var t = Registry.Parse<Sample>("erase(width=2, height=2, value=[1, 2, 3])");
        var e = Assert.Throws<ArgumentException>(() => t.Apply(new Sample(Filled(4, 4, 1, 0)), new AugmentContext(new Rng(0))));
        Assert.Contains("erase", e.Message, StringComparison.Ordinal);
    }
}
