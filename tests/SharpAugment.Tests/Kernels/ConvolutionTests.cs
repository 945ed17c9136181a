using SharpAugment.Tests.Support;
using SharpAugment.Kernels;

namespace SharpAugment.Tests.Kernels;

[Trait("Category", "Kernels")]
public class ConvolutionTests
{
    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(5, 1.5)]
    [InlineData(9, 3.0)]
    public void GaussianKernelIsSymmetricAndSumsToOne(int size, double sigma)
    {
        var k = new float[size];
        Convolution.GaussianKernel(k, sigma);
        float sum = 0;
        for (int i = 0; i < size; i++)
        {
            sum += k[i];
            Assert.Equal(k[i], k[size - 1 - i]);
        }

        // float32 sum of at most 9 normalized weights: within 1e-6 of 1.
        Assert.InRange(sum, 1f - 1e-6f, 1f + 1e-6f);
    }

    [Theory]
    [InlineData(-1, 5, 1)]
    [InlineData(-2, 5, 2)]
    [InlineData(5, 5, 3)]
    [InlineData(6, 5, 2)]
    [InlineData(-3, 2, 1)]
    [InlineData(4, 1, 0)]
    public void ReflectMirrorsWithoutRepeatingTheEdge(int i, int n, int expected) =>
        Assert.Equal(expected, Convolution.Reflect(i, n));

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 3, 3)]
    [InlineData(7, 4, 4)]
    public void ConstantImageStaysConstantEvenWhenTheKernelIsWiderThanTheImage(int w, int h, int c)
    {
        var src = Enumerable.Repeat((byte)93, w * h * c).ToArray();
        var dst = new byte[src.Length];
        var k = new float[7];
        Convolution.GaussianKernel(k, 2.0);
        Convolution.Separable(src, dst, new float[Convolution.ByteScratchLength(w, h, c)], w, h, c, k, k);
        Assert.All(dst, v => Assert.Equal(93, v));
    }

    [Fact]
    public void ByteAndFloatBlursAgreeWithinRounding()
    {
        var img = TestImages.Bytes(23, 17, 3);
        var f = SharpAugment.Imaging.ImageConversions.ToFloat(img);
        var kx = new float[5];
        var ky = new float[3];
        Convolution.GaussianKernel(kx, 1.2);
        Convolution.GaussianKernel(ky, 1.2);
        var b = new byte[img.Pixels.Length];
        var fl = new float[img.Pixels.Length];
        Convolution.Separable(img.Pixels, b, new float[2 * b.Length], 23, 17, 3, kx, ky);
        Convolution.Separable(f.Pixels, fl, new float[b.Length], 23, 17, 3, kx, ky);
        for (int i = 0; i < b.Length; i++)
        {
            // Rounding to the nearest byte is at most 0.5 away; 0.51 leaves room for the float /255 scaling.
            Assert.InRange(b[i] - (fl[i] * 255f), -0.51f, 0.51f);
        }
    }

    [Fact]
    public void SmoothKeepsTheBorderAndSmallImages()
    {
        var img = TestImages.Bytes(5, 4, 1);
        var dst = new byte[img.Pixels.Length];
        Convolution.Smooth3x3(img.Pixels, dst, 5, 4, 1);
        for (int x = 0; x < 5; x++)
        {
            Assert.Equal(img[x, 0, 0], dst[x]);
            Assert.Equal(img[x, 3, 0], dst[15 + x]);
        }

        // Interior pixel (1,1): round((sum of the 8 neighbours + 5 * centre) / 13).
        int ring = 0;
        for (int dy = -1; dy <= 1; dy++)
        {
            for (int dx = -1; dx <= 1; dx++)
            {
                ring += dx == 0 && dy == 0 ? 0 : img[1 + dx, 1 + dy, 0];
            }
        }

        Assert.Equal(Math.Round((ring + (5.0 * img[1, 1, 0])) / 13.0, MidpointRounding.ToEven), dst[6]);
        var tiny = TestImages.Bytes(2, 9, 3);
        var tinyOut = new byte[tiny.Pixels.Length];
        Convolution.Smooth3x3(tiny.Pixels, tinyOut, 2, 9, 3);
        Assert.Equal(tiny.Pixels, tinyOut);
    }

    [Theory]
    [InlineData(3, 3, 1)]
    [InlineData(13, 7, 3)]
    [InlineData(40, 9, 4)]
    [InlineData(9, 5, 2)]
    public void Smooth3x3EqualsTheScalarFormula(int width, int height, int channels)
    {
        var img = TestImages.Random(width, height, channels, seed: 4);
        var actual = new byte[img.Pixels.Length];
        Convolution.Smooth3x3(img.Pixels, actual, width, height, channels);
        var s = img.Pixels;
        int stride = width * channels;
        for (int i = 0; i < s.Length; i++)
        {
            int x = i % stride / channels, y = i / stride;
            byte expected = s[i];
            if (x > 0 && y > 0 && x < width - 1 && y < height - 1)
            {
                float ring = s[i - stride - channels] + s[i - stride] + s[i - stride + channels] + s[i - channels] + s[i + channels] +
                             s[i + stride - channels] + s[i + stride] + s[i + stride + channels];
                expected = (byte)Math.Clamp(MathF.Round((1f / 13f * ring) + (5f / 13f * s[i])), 0f, 255f);
            }

            Assert.True(expected == actual[i], $"element {i}: expected {expected}, got {actual[i]}");
        }
    }
}
