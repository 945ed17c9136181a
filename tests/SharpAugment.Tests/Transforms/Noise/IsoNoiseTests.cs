using SharpAugment.Imaging;
using SharpAugment.Tests.Support;
using static SharpAugment.Tests.Transforms.Noise.NoiseTestRunner;

namespace SharpAugment.Tests.Transforms.Noise;

/// <summary><c>iso_noise</c>: small mean shift, visible per-pixel noise, alpha kept, the HLS round trip exact without noise.</summary>
public class IsoNoiseTests
{
    [Fact]
    public void MeanShiftIsNearZeroAndPixelsAreNoisy()
    {
        var img = TestImages.Bytes(80, 60, 3);
        var r = Assert.IsType<Image<byte>>(Run("iso_noise(p=1, color_shift=0.05, intensity=0.3)", img));
        var diff = r.Pixels.Zip(img.Pixels, (a, b) => (double)a - b).ToArray();
        var (mean, sd) = Stats(diff);
        // Luminance noise is Poisson (non-negative) times (1 - L): the shift is std(L) * 0.09 * mean(1 - L) levels, a few at most.
        Assert.InRange(mean, -1.0, 4.0);
        Assert.True(sd > 1.0, $"noise sd {sd} levels");
    }

    [Fact]
    public void WithoutIntensityTheRoundTripKeepsBytes()
    {
        var img = TestImages.Bytes(40, 30, 4);
        var r = Assert.IsType<Image<byte>>(Run("iso_noise(p=1, intensity=0)", img));
        Assert.Equal(img.Pixels, r.Pixels);
    }

    [Fact]
    public void GrayGetsLuminanceNoise()
    {
        var img = TestImages.Bytes(40, 30, 1);
        var r = Assert.IsType<Image<byte>>(Run("iso_noise(p=1, intensity=1)", img));
        Assert.True(r.Pixels.Zip(img.Pixels).Count(t => t.First != t.Second) > 100);
        Assert.All(r.Pixels.Zip(img.Pixels), t => Assert.True(t.First >= t.Second)); // Poisson noise only brightens
    }
}
