using SharpAugment.Imaging;
using static SharpAugment.Tests.Transforms.Noise.NoiseTestRunner;

namespace SharpAugment.Tests.Transforms.Noise;

/// <summary><c>shot_noise</c>: linear-light mean preserved, variance scale * mean (Poisson), more noise at a larger scale.</summary>
public class ShotNoiseTests
{
    [Theory]
    [InlineData(0.01)]
    [InlineData(0.1)]
    public void LinearLightHasPoissonMoments(double scale)
    {
        var img = new Image<float>(100, 100, 1, Enumerable.Repeat(0.6f, 10000).ToArray());
        var r = Assert.IsType<Image<float>>(Run($"shot_noise(p=1, scale_range={scale})", img)).Pixels;
        var (mean, sd) = Stats(r.Select(v => Math.Pow(v, 2.2)));
        double lin = Math.Pow(0.6, 2.2);
        // Poisson(lin / scale) * scale: mean lin, sd sqrt(lin * scale) (the clip at 1 is rare at these settings).
        Assert.InRange(mean, lin * 0.97, lin * 1.03);
        Assert.InRange(sd, Math.Sqrt(lin * scale) * 0.93, Math.Sqrt(lin * scale) * 1.07);
    }

    [Fact]
    public void BytesAndBlackStayBlack()
    {
        var r = Assert.IsType<Image<byte>>(Run("shot_noise(p=1, scale_range=0.3)", Flat(20, 20, 3, 0))).Pixels;
        Assert.All(r, v => Assert.Equal(0, v)); // lambda = 1e-6 is almost surely zero photons
    }
}
