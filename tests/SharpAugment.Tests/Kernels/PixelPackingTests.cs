using SharpAugment.Kernels;

namespace SharpAugment.Tests.Kernels;

[Trait("Category", "Kernels")]
public class PixelPackingTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(250)]
    public void RgbaToRgbKeepsTheFirstThreeBytesOfEveryPixel(int pixels)
    {
        var rgba = new byte[4 * pixels];
        for (int i = 0; i < rgba.Length; i++)
        {
            rgba[i] = (byte)((i * 37) + 11);
        }

        // Exact-length destination: the vector path must not write past it (its stores overlap the next pixels).
        var rgb = new byte[3 * pixels];
        PixelPacking.RgbaToRgb(rgba, rgb, pixels);
        for (int p = 0; p < pixels; p++)
        {
            for (int c = 0; c < 3; c++)
            {
                Assert.Equal(rgba[(4 * p) + c], rgb[(3 * p) + c]);
            }
        }
    }

    [Fact]
    public void ShortBuffersAreRejected() =>
        Assert.Throws<ArgumentException>(() => PixelPacking.RgbaToRgb(new byte[15], new byte[12], 4));
}
