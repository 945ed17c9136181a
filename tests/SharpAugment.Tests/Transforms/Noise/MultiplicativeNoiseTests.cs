using SharpAugment.Imaging;
using static SharpAugment.Tests.Transforms.Noise.NoiseTestRunner;

namespace SharpAugment.Tests.Transforms.Noise;

/// <summary><c>multiplicative_noise</c>: one factor, per channel, per pixel, all within the range.</summary>
public class MultiplicativeNoiseTests
{
    private static readonly Image<float> Half = new(30, 20, 3, Enumerable.Repeat(0.5f, 1800).ToArray());

    [Fact]
    public void OneFactorForTheWholeImageByDefault()
    {
        var r = Assert.IsType<Image<float>>(Run("multiplicative_noise(p=1, multiplier=0.5..1.5)", Half)).Pixels;
        Assert.All(r, v => Assert.Equal(r[0], v));
        Assert.InRange(r[0], 0.25f, 0.75f);
    }

    [Fact]
    public void PerChannelFactorsDifferByChannelOnly()
    {
        var r = Assert.IsType<Image<float>>(Run("multiplicative_noise(p=1, multiplier=0.5..1.5, per_channel=true)", Half)).Pixels;
        Assert.All(Enumerable.Range(0, 600), p => Assert.Equal(r[0..3], r[(p * 3)..((p * 3) + 3)]));
        Assert.NotEqual(r[0], r[1]);
    }

    [Fact]
    public void ElementwiseFactorsAreUniformInTheRange()
    {
        var r = Assert.IsType<Image<float>>(Run("multiplicative_noise(p=1, multiplier=0.8..1.2, elementwise=true)", Half)).Pixels;
        var ratios = r.Select(v => v / 0.5).ToArray();
        Assert.All(ratios, v => Assert.InRange(v, 0.8, 1.2));
        var (mean, sd) = Stats(ratios.Where((_, i) => i % 3 == 0).Select(v => (double)v));
        Assert.InRange(mean, 0.99, 1.01);
        Assert.InRange(sd, 0.4 / Math.Sqrt(12) * 0.9, 0.4 / Math.Sqrt(12) * 1.1);
        Assert.All(Enumerable.Range(0, 600), p => Assert.Equal(r[p * 3], r[(p * 3) + 2])); // per pixel, shared by channels
    }
}
