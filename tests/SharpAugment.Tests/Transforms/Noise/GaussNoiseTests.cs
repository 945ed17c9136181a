using SharpAugment.Imaging;
using static SharpAugment.Tests.Transforms.Noise.NoiseTestRunner;

namespace SharpAugment.Tests.Transforms.Noise;

/// <summary><c>gauss_noise</c>: the noise has the requested mean and spread in units of the maximum value.</summary>
public class GaussNoiseTests
{
    [Fact]
    public void BytesGetStdTimes255()
    {
        var img = Flat(100, 100, 3, 128);
        var r = Assert.IsType<Image<byte>>(Run("gauss_noise(p=1, std_range=0.05, mean_range=0.02)", img));
        var (mean, sd) = Stats(r.Pixels.Select(v => (double)v - 128));
        // 30,000 draws of sd 12.75: standard error of the mean 0.07, of the sd 0.05.
        Assert.InRange(mean, 5.1 - 0.5, 5.1 + 0.5);
        Assert.InRange(sd, 12.75 - 0.5, 12.75 + 0.5);
    }

    [Fact]
    public void SharedNoiseIsTheSameInEveryChannel()
    {
        var img = new Image<float>(30, 30, 3, Enumerable.Repeat(0.5f, 2700).ToArray());
        var r = Assert.IsType<Image<float>>(Run("gauss_noise(p=1, std_range=0.1, per_channel=false)", img));
        for (int p = 0; p < 900; p++)
        {
            Assert.Equal(r.Pixels[p * 3], r.Pixels[(p * 3) + 1]);
            Assert.Equal(r.Pixels[p * 3], r.Pixels[(p * 3) + 2]);
        }

        var (_, sd) = Stats(r.Pixels.Select(v => (double)v));
        Assert.InRange(sd, 0.09, 0.11);
    }

    [Fact]
    public void CoarseNoiseIsSmoothAndUnclippedForFloats()
    {
        var img = new Image<float>(64, 64, 1, new float[64 * 64]);
        var r = Assert.IsType<Image<float>>(Run("gauss_noise(p=1, std_range=0.3, noise_scale_factor=0.25)", img));
        Assert.Contains(r.Pixels, v => v < 0); // Albumentations does not clip floats
        double neighbour = Enumerable.Range(0, 63).Average(x => Math.Abs(r.Pixels[x + 1] - r.Pixels[x]));
        Assert.True(neighbour < 0.15, $"neighbours differ by {neighbour} on average; bilinear enlargement of a 16x16 grid should be smooth");
    }
}
