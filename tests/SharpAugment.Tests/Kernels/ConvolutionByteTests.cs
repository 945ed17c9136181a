using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Tests.Kernels;

[Trait("Category", "Kernels")]
public class ConvolutionByteTests
{
    [Theory]
    [InlineData(1, 1, 1, 5, 5, 1.0)]
    [InlineData(2, 3, 3, 5, 5, 1.0)]
    [InlineData(3, 7, 4, 9, 3, 2.0)]
    [InlineData(17, 9, 3, 5, 5, 1.0)]
    [InlineData(17, 3, 3, 5, 5, 1.0)]
    [InlineData(16, 2, 4, 5, 5, 1.0)]
    [InlineData(6, 1, 3, 5, 5, 1.0)]
    [InlineData(33, 20, 1, 7, 5, 1.3)]
    [InlineData(64, 31, 3, 5, 5, 0.7)]
    [InlineData(45, 12, 4, 3, 11, 3.0)]
    [InlineData(5, 40, 2, 21, 21, 5.0)]
    public void BytePathMatchesTheScalarTwoPassFormula(int width, int height, int channels, int sizeX, int sizeY, double sigma)
    {
        var rng = new Rng((ulong)((width * 1000) + (height * 10) + channels));
        int n = width * height * channels;
        var src = new byte[n];
        for (int i = 0; i < n; i++)
        {
            src[i] = (byte)rng.Next(256);
        }

        var kx = new float[sizeX];
        var ky = new float[sizeY];
        Convolution.GaussianKernel(kx, sigma);
        Convolution.GaussianKernel(ky, sigma);
        var dst = new byte[n];
        Convolution.Separable(src, dst, new float[Convolution.ByteScratchLength(width, height, channels)], width, height, channels, kx, ky);

        // Exact equality: the fast path must perform the same float32 operations in the same order.
        Assert.Equal(Reference(src, width, height, channels, kx, ky), dst);
    }

    /// <summary>The straightforward formula: horizontal taps summed from zero in ascending order, then vertical likewise, round half to even, clamp.</summary>
    private static byte[] Reference(byte[] src, int width, int height, int channels, float[] kx, float[] ky)
    {
        int stride = width * channels;
        var h = new float[src.Length];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                for (int c = 0; c < channels; c++)
                {
                    float sum = 0f;
                    for (int j = 0; j < kx.Length; j++)
                    {
                        sum += kx[j] * src[(y * stride) + (Convolution.Reflect(x + j - (kx.Length / 2), width) * channels) + c];
                    }

                    h[(y * stride) + (x * channels) + c] = sum;
                }
            }
        }

        var dst = new byte[src.Length];
        for (int y = 0; y < height; y++)
        {
            for (int i = 0; i < stride; i++)
            {
                float sum = 0f;
                for (int j = 0; j < ky.Length; j++)
                {
                    sum += ky[j] * h[(Convolution.Reflect(y + j - (ky.Length / 2), height) * stride) + i];
                }

                dst[(y * stride) + i] = (byte)Math.Clamp(MathF.Round(sum), 0f, 255f);
            }
        }

        return dst;
    }
}
