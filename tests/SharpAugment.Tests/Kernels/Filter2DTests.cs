using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Tests.Kernels;

/// <summary>Filter2D against the correlation written out (reflect-101 borders, float32 sums in tap order), on sizes that leave vector tails and kernels larger than the image.</summary>
[Trait("Category", "Kernels")]
public class Filter2DTests
{
    [Theory]
    [InlineData(17, 5, 3, 3)]
    [InlineData(1, 7, 1, 5)]
    [InlineData(3, 2, 4, 5)]
    [InlineData(33, 9, 1, 7)]
    public void BytesEqualTheWrittenOutCorrelation(int width, int height, int channels, int k)
    {
        var rng = new Rng(7);
        var src = new byte[width * height * channels];
        for (int i = 0; i < src.Length; i++)
        {
            src[i] = (byte)rng.Next(256);
        }

        // Positive asymmetric taps summing to about 1 (some zero, as OpenCV skips them), so sums rarely saturate.
        var kernel = new float[k * k];
        for (int i = 0; i < kernel.Length; i++)
        {
            kernel[i] = i % 4 == 1 ? 0f : (float)rng.Uniform(0, 2.0 / (k * k));
        }

        var dst = new byte[src.Length];
        Filter2D.Correlate(src, dst, new float[Filter2D.ScratchLength(width, channels, k)], width, height, channels, kernel, k, k);
        int r = k / 2;
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                for (int c = 0; c < channels; c++)
                {
                    float sum = 0;
                    for (int ky = 0; ky < k; ky++)
                    {
                        for (int kx = 0; kx < k; kx++)
                        {
                            float t = kernel[(ky * k) + kx];
                            if (t == 0f)
                            {
                                continue;
                            }

                            int sy = Border.Index(y + ky - r, height, BorderMode.Reflect);
                            int sx = Border.Index(x + kx - r, width, BorderMode.Reflect);
                            sum += t * src[(((sy * width) + sx) * channels) + c];
                        }
                    }

                    Assert.Equal(Filter2D.RoundByte(sum), dst[(((y * width) + x) * channels) + c]);
                }
            }
        }
    }

    [Fact]
    public void SeparableEqualsTheOuterProduct()
    {
        int w = 19, h = 11, c = 3;
        var rng = new Rng(3);
        var src = new float[w * h * c];
        for (int i = 0; i < src.Length; i++)
        {
            src[i] = rng.NextSingle();
        }

        var g = new float[5];
        Filter2D.OpenCvGaussian(g, 0);
        Assert.Equal([0.0625f, 0.25f, 0.375f, 0.25f, 0.0625f], g);
        var outer = new float[25];
        for (int i = 0; i < 25; i++)
        {
            outer[i] = g[i / 5] * g[i % 5];
        }

        var a = new float[src.Length];
        var b = new float[src.Length];
        Filter2D.Separable(src, a, new float[Filter2D.SeparableScratchLength(w, h, c, 5)], w, h, c, g, g);
        Filter2D.Correlate(src, b, new float[Filter2D.ScratchLength(w, c, 5)], w, h, c, outer, 5, 5, clamp: false);
        for (int i = 0; i < a.Length; i++)
        {
            Assert.True(Math.Abs(b[i] - a[i]) < 1e-5, $"element {i}: separable {a[i]}, 2-D {b[i]}");
        }
    }
}
