using SharpAugment.Imaging;
using static SharpAugment.Tests.Transforms.Noise.NoiseTestRunner;

namespace SharpAugment.Tests.Transforms.Noise;

/// <summary><c>salt_and_pepper</c>: exactly int(area * amount) pixels change, int(that * ratio) of them to white.</summary>
public class SaltAndPepperTests
{
    [Theory]
    [InlineData(0.05, 0.5, 3)]
    [InlineData(0.2, 0.8, 1)]
    [InlineData(0.01, 0.0, 4)]
    public void ChangedFractionIsTheAmount(double amount, double ratio, int channels)
    {
        var img = Flat(64, 50, channels, 128);
        var r = Assert.IsType<Image<byte>>(Run($"salt_and_pepper(p=1, amount={amount}, salt_vs_pepper={ratio})", img));
        int area = 64 * 50, expected = (int)(area * amount);
        int salt = 0, pepper = 0;
        for (int p = 0; p < area; p++)
        {
            var px = r.Pixels.AsSpan(p * channels, Math.Min(channels, 3));
            if (px.IndexOfAnyExcept((byte)255) < 0) { salt++; }
            else if (px.IndexOfAnyExcept((byte)0) < 0) { pepper++; }
            else { Assert.True(px.IndexOfAnyExcept((byte)128) < 0, "a pixel was only partly changed"); }
        }

        Assert.Equal(expected, salt + pepper);
        Assert.Equal((int)(expected * ratio), salt);
        if (channels == 4)
        {
            Assert.All(Enumerable.Range(0, area), p => Assert.Equal(128, r.Pixels[(p * 4) + 3]));
        }
    }

    [Fact]
    public void FloatSaltIsOne()
    {
        var img = new Image<float>(20, 20, 1, Enumerable.Repeat(0.5f, 400).ToArray());
        var r = Assert.IsType<Image<float>>(Run("salt_and_pepper(p=1, amount=0.5, salt_vs_pepper=1)", img));
        Assert.Equal(200, r.Pixels.Count(v => v == 1f));
    }
}
