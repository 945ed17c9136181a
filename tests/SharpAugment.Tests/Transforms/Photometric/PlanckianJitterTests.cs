using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>planckian_jitter</c>: red and blue gains from the illuminant tables.</summary>
public class PlanckianJitterTests
{
    [Fact]
    public void GainsInterpolateTheTableAndWarmLightRaisesRed()
    {
        var t = new PlanckianJitter(new PlanckianJitterOptions { P = 1 });
        var (r6000, b6000) = t.Gains(6000);
        Assert.Equal(0.4979 / 0.4584, r6000, 12);
        Assert.Equal(0.4468 / 0.4584, b6000, 12);
        var (r3250, _) = t.Gains(3250);
        Assert.Equal(((0.6743 + 0.6281) / 2) / ((0.4029 + 0.4241) / 2), r3250, 12);

        var gray = new Image<byte>(1, 1, 3, [100, 100, 100]);
        var warm = (Image<byte>)t.Apply(new Sample(gray), new PlanckianJitterParams(3000)).Image;
        Assert.True(warm.Pixels[0] > 100 && warm.Pixels[1] == 100 && warm.Pixels[2] < 100);
    }

    [Fact]
    public void UniformSamplingFallsBelowWhiteFortyPercentOfTheTime()
    {
        var t = new PlanckianJitter(new PlanckianJitterOptions { P = 1 });
        var rng = new Rng(4);
        var temps = Enumerable.Range(0, 2000).Select(_ => t.SampleParams(new Sample(new Image<byte>(1, 1, 3)), rng).Temperature).ToList();
        Assert.InRange(temps.Count(x => x < 6000), 720, 880); // 800 +- 3.7 sigma
        Assert.All(temps, x => Assert.InRange(x, 3000, 15000));
    }
}
