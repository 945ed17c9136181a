using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Tests.Kernels;

public class MixKernelTests
{
    [Fact]
    public void ByteBlendMatchesTheScalarFormulaExactlyAtEveryLengthAndWeight()
    {
        // Lengths around the 32-byte vector width exercise the vector body and the scalar tail; the two must agree bit for bit.
        var rng = new Rng(3);
        for (int n = 0; n < 100; n++)
        {
            var a = new byte[n];
            var b = new byte[n];
            for (int i = 0; i < n; i++)
            {
                a[i] = (byte)rng.Next(256);
                b[i] = (byte)rng.Next(256);
            }

            foreach (float w in new[] { 0f, 1f, 0.5f, 0.25f, (float)rng.NextDouble(), 0.999999f })
            {
                var d = new byte[n];
                MixKernels.Blend(a, b, w, d);
                for (int i = 0; i < n; i++)
                {
                    Assert.Equal((byte)Math.Clamp((int)(w * a[i] + (1f - w) * b[i] + 0.5f), 0, 255), d[i]);
                }
            }
        }
    }

    [Fact]
    public void ExtremeWeightsReturnOneInput()
    {
        byte[] a = [0, 255, 7, 128];
        byte[] b = [255, 0, 9, 1];
        var d = new byte[4];
        MixKernels.Blend(a, b, 1f, d);
        Assert.Equal(a, d);
        MixKernels.Blend(a, b, 0f, d);
        Assert.Equal(b, d);
    }

    [Fact]
    public void PlanarRgbAndGenericPathsAgree()
    {
        var src = new byte[3 * 17];
        for (int i = 0; i < src.Length; i++)
        {
            src[i] = (byte)(i * 5);
        }

        float[] scale = [0.1f, 0.2f, 0.3f];
        float[] bias = [1f, -2f, 3f];
        var d = new float[src.Length];
        Planar.FromInterleaved(src, 3, scale, bias, d);
        var f = new float[src.Length];
        for (int i = 0; i < f.Length; i++)
        {
            f[i] = src[i];
        }

        var e = new float[src.Length];
        Planar.FromInterleaved(f, 3, scale, bias, e);
        for (int p = 0; p < 17; p++)
        {
            for (int c = 0; c < 3; c++)
            {
                Assert.Equal(src[p * 3 + c] * scale[c] + bias[c], d[c * 17 + p]);
                Assert.Equal(d[c * 17 + p], e[c * 17 + p]);
            }
        }
    }
}
