using SharpAugment.Imaging;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>random_gamma</c>: Albumentations' truncating table; values against NumPy in AlbumentationsPixelReferenceTests.</summary>
public class RandomGammaTests
{
    [Fact]
    public void GammaOneLowersExactlyTheLevelsAlbumentationsLowers()
    {
        // (i * (1/255)) * 255 falls just below i for these levels, and the uint8 cast truncates (numpy 1.24, Albumentations 2.0.8).
        int[] lowered = [33, 37, 41, 45, 49, 53, 57, 61, 66, 74, 82, 90, 98, 106, 114, 122, 132, 148, 164, 180, 196, 212, 228, 244];
        var ramp = new Image<byte>(256, 1, 1, Enumerable.Range(0, 256).Select(i => (byte)i).ToArray());
        var t = new RandomGamma(new RandomGammaOptions { P = 1 });
        var r = (Image<byte>)t.Apply(new Sample(ramp), new RandomGammaParams(1.0)).Image;
        for (int i = 0; i < 256; i++)
        {
            Assert.Equal(lowered.Contains(i) ? i - 1 : i, r.Pixels[i]);
        }
    }

    [Fact]
    public void GammaLimitIsInPercent()
    {
        var t = new RandomGamma(new RandomGammaOptions { P = 1, GammaLimit = 150 });
        Assert.Equal(1.5, t.SampleParams(new Sample(new Image<byte>(1, 1, 1)), new SharpAugment.Randomness.Rng(0)).Gamma);
    }
}
