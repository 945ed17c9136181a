using SharpAugment.Tests.Support;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Tests.Kernels;

/// <summary>The byte blend has a Vector256 path and a scalar path chosen by an explicit switch; both are run here on every machine and compared with the torchvision formula written out.</summary>
[Trait("Category", "Kernels")]
public class BlendTests
{
    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(15, 1.8)]
    [InlineData(16, 0.3)]
    [InlineData(17, -0.5)]
    [InlineData(100, 2.5)]
    [InlineData(1027, 1.3)]
    public void VectorAndScalarPathsMatchTheFormulaExactly(int n, double ratio)
    {
        var rng = new Rng((ulong)n);
        var a = new byte[n];
        var b = new byte[n];
        for (int i = 0; i < n; i++)
        {
            a[i] = (byte)rng.Next(256);
            b[i] = (byte)rng.Next(256);
        }

        var vector = new byte[n];
        var scalar = new byte[n];
        Blend.Bytes(a, b, vector, ratio, vectorized: true);
        Blend.Bytes(a, b, scalar, ratio, vectorized: false);
        float r = (float)ratio;
        float s = (float)(1.0 - ratio);
        for (int i = 0; i < n; i++)
        {
            byte expected = (byte)Math.Clamp((r * a[i]) + (s * b[i]), 0f, 255f);
            Assert.Equal(expected, scalar[i]);
            Assert.Equal(expected, vector[i]);
        }
    }

    [Fact]
    public void InPlaceBlendEqualsOutOfPlace()
    {
        var a = TestImages.Bytes(40, 3, 3).Pixels;
        var b = TestImages.Bytes(40, 3, 3, seed: 9).Pixels;
        var expected = new byte[a.Length];
        Blend.Bytes(a, b, expected, 1.7);
        var inPlace = (byte[])a.Clone();
        Blend.Bytes(inPlace, b, inPlace, 1.7);
        Assert.Equal(expected, inPlace);
    }

    [Fact]
    public void FloatBlendClampsToUnitRange()
    {
        float[] a = [0f, 0.5f, 1f];
        float[] b = [1f, 0.5f, 0f];
        var d = new float[3];
        Blend.Floats(a, b, d, 2.0);
        Assert.Equal([0f, 0.5f, 1f], d);
        Blend.Floats(a, b, d, -1.0);
        Assert.Equal([1f, 0.5f, 0f], d);
    }

    [Fact]
    public void ShortOutputIsRejected()
    {
        Assert.Throws<ArgumentException>(() => Blend.Bytes(new byte[4], new byte[4], new byte[3], 0.5));
    }
}
