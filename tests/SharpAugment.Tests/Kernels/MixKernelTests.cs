using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Tests.Kernels;

[Trait("Category", "Kernels")]
public class MixKernelTests
{
    [Fact]
    public void RoundedByteBlendIsTheFormulaOnBothPathsAtEveryLength()
    {
        // Lengths around the 16-byte vector step exercise the vector body and the scalar tail; both must equal the formula exactly.
        var rng = new Rng(3);
        for (int n = 0; n < 70; n++)
        {
            var a = new byte[n];
            var b = new byte[n];
            for (int i = 0; i < n; i++)
            {
                a[i] = (byte)rng.Next(256);
                b[i] = (byte)rng.Next(256);
            }

            foreach (double w in new[] { 0, 1, 0.5, 0.25, rng.NextDouble(), 0.999999, 0.37 })
            {
                var vector = new byte[n];
                var scalar = new byte[n];
                Blend.Bytes(a, b, vector, w, vectorized: true, round: true);
                Blend.Bytes(a, b, scalar, w, vectorized: false, round: true);
                var pub = new byte[n];
                Blend.BytesRounded(a, b, pub, w);
                float r = (float)w;
                float s = (float)(1.0 - w);
                for (int i = 0; i < n; i++)
                {
                    // np.rint of the float32 blend, as timm's FastCollateMixup: half to even, on the unrounded sum.
                    byte expected = (byte)Math.Clamp(MathF.Round((r * a[i]) + (s * b[i]), MidpointRounding.ToEven), 0, 255);
                    Assert.Equal(expected, vector[i]);
                    Assert.Equal(expected, scalar[i]);
                    Assert.Equal(expected, pub[i]);
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
        Blend.BytesRounded(a, b, d, 1);
        Assert.Equal(a, d);
        Blend.BytesRounded(a, b, d, 0);
        Assert.Equal(b, d);
    }

    [Fact]
    public void FloatBlendIsTheWeightedSum()
    {
        float[] a = [0f, 1f, 0.5f, -2f];
        float[] b = [1f, 0f, 0.5f, 4f];
        var d = new float[4];
        MixKernels.Blend(a, b, 0.25f, d);
        Assert.Equal([0.75f, 0.25f, 0.5f, 2.5f], d);
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
