using SharpAugment.Kernels;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Kernels;

/// <summary>PixelMath's vectorized conversions against its scalar rules. CI runs this class again with DOTNET_EnableHWIntrinsic=0, which checks the scalar fallbacks the same way.</summary>
[Trait("Category", "Kernels")]
public class PixelMathTests
{
    [Fact]
    public void FromFloatsRoundsLikeTheScalarRule()
    {
        float[] specials = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0.5f, 0.5f, 1.5f, 2.5f, 254.5f, 255.5f, 1e9f, -1e9f, -0f, 127.49999f];
        var values = new float[77];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = i < specials.Length ? specials[i] : (i * 37 % 300) - 20 + (i % 4) * 0.25f;
        }

        var actual = new byte[values.Length];
        PixelMath.FromFloats<byte>(values, actual);
        for (int i = 0; i < values.Length; i++)
        {
            Assert.True(PixelMath.From<byte>(values[i]) == actual[i], $"value {values[i]} at {i}: expected {PixelMath.From<byte>(values[i])}, got {actual[i]}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void ScaleOffsetBytesEqualsTheScalarExpression(int channels)
    {
        var img = TestImages.Random(37, 3, channels, seed: 8);
        float[] scale = [0.017f, -0.0213f, 0.0175f, 1f / 255f];
        float[] offset = [-2.1179f, 2.0357f, -1.8044f, 0.5f];
        var actual = new float[img.Pixels.Length];
        int start = PixelMath.ScaleOffsetBytes(img.Pixels, actual, channels, scale, offset);
        Assert.InRange(start, 0, img.Pixels.Length);
        for (int i = 0; i < start; i++)
        {
            int c = i % channels;
            Assert.Equal((img.Pixels[i] * scale[c]) + offset[c], actual[i]);
        }

        Assert.All(actual.AsSpan(start).ToArray(), v => Assert.Equal(0f, v));
    }
}
