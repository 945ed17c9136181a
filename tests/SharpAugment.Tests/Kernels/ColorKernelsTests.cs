using SharpAugment.Tests.Support;
using SharpAugment.Kernels;

namespace SharpAugment.Tests.Kernels;

[Trait("Category", "Kernels")]
public class ColorKernelsTests
{
    [Fact]
    public void GrayUsesTorchvisionWeightsAndTruncates()
    {
        byte[] px = [255, 255, 255, 100, 150, 200, 7];
        var gray = new byte[2];
        ColorKernels.Gray(px.AsSpan(0, 6), gray, 3);
        Assert.Equal(254, gray[0]); // 0.9999 * 255 = 254.97, truncated
        Assert.Equal((byte)((0.2989f * 100) + (0.587f * 150) + (0.114f * 200)), gray[1]);
    }

    [Fact]
    public void HueShiftOfZeroOrOneTurnKeepsColoursWithinOne()
    {
        var img = TestImages.Bytes(16, 16, 4);
        var zero = new byte[img.Pixels.Length];
        var full = new byte[img.Pixels.Length];
        ColorKernels.Hue(img.Pixels, zero, 4, 0.0);
        ColorKernels.Hue(img.Pixels, full, 4, 0.5);
        ColorKernels.Hue(full, full, 4, 0.5);
        for (int i = 0; i < zero.Length; i++)
        {
            // The round trip x/255 -> HSV -> RGB -> *255 truncated can move one step (float32 rounding either way) per pass; alpha (every 4th) is copied exactly.
            int tol = i % 4 == 3 ? 0 : 1;
            Assert.InRange(zero[i] - img.Pixels[i], -tol, tol);
            Assert.InRange(full[i] - img.Pixels[i], -2 * tol, 2 * tol);
        }
    }

    [Fact]
    public void HueOfPrimaryRedMovesToGreenAfterOneThirdTurn()
    {
        ColorKernels.ShiftHue(1f, 0f, 0f, 1f / 3f, out float r, out float g, out float b);
        Assert.InRange(r, 0f, 1e-5f);
        Assert.InRange(g, 1f - 1e-5f, 1f);
        Assert.InRange(b, 0f, 1e-5f);
    }

    [Fact]
    public void MeanOfBytesIsExact()
    {
        Assert.Equal(2f, ColorKernels.Mean([1, 2, 3]));
    }

    [Fact]
    public void NonColourChannelCountIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ColorKernels.Gray(new byte[4], new byte[2], 2));
    }

    [Fact]
    public void VectorGrayEqualsScalarGray()
    {
        foreach (int width in new[] { 1, 7, 8, 9, 33 })
        {
            var img = TestImages.Random(width, 5, 3, seed: 12);
            var expected = new byte[width * 5];
            var actual = new byte[width * 5];
            ColorKernels.Gray(img.Pixels, expected, 3, vectorized: false);
            ColorKernels.Gray(img.Pixels, actual, 3, vectorized: true);
            Assert.Equal(expected, actual);
        }

        // Every byte value in every channel position, including the extremes that truncate differently from rounding.
        var all = new byte[256 * 3];
        for (int i = 0; i < all.Length; i++)
        {
            all[i] = (byte)(i * 7 % 256);
        }

        var e2 = new byte[256];
        var a2 = new byte[256];
        ColorKernels.Gray(all, e2, 3, vectorized: false);
        ColorKernels.Gray(all, a2, 3, vectorized: true);
        Assert.Equal(e2, a2);
    }

    [Fact]
    public void GrayToRgbEqualsGrayThenSpread()
    {
        foreach (int width in new[] { 1, 7, 8, 9, 33 })
        {
            var img = TestImages.Random(width, 4, 3, seed: 13);
            var gray = new byte[width * 4];
            ColorKernels.Gray(img.Pixels, gray, 3, vectorized: false);
            var expected = new byte[img.Pixels.Length];
            ColorKernels.SpreadGray<byte>(gray, img.Pixels, expected, 3);
            foreach (bool vectorized in new[] { true, false })
            {
                var actual = new byte[img.Pixels.Length];
                ColorKernels.GrayToRgb(img.Pixels, actual, vectorized);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.37)]
    [InlineData(1.0)]
    [InlineData(1.8)]
    [InlineData(5.3)]
    [InlineData(-0.6)]
    public void SaturationRgbEqualsBlendWithTheGrayDegenerate(double factor)
    {
        foreach (int width in new[] { 1, 7, 8, 9, 33, 64 })
        {
            var img = TestImages.Random(width, 5, 3, seed: 15);
            var gray = new byte[width * 5];
            ColorKernels.Gray(img.Pixels, gray, 3, vectorized: false);
            var degenerate = new byte[img.Pixels.Length];
            ColorKernels.SpreadGray<byte>(gray, img.Pixels, degenerate, 3);
            var expected = new byte[img.Pixels.Length];
            Blend.Bytes(img.Pixels, degenerate, expected, factor, vectorized: false);
            foreach (bool vectorized in new[] { true, false })
            {
                var actual = new byte[img.Pixels.Length];
                ColorKernels.SaturationRgb(img.Pixels, actual, factor, vectorized);
                Assert.Equal(expected, actual);
            }
        }
    }
}
