using SharpAugment.Imaging;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>random_brightness_contrast</c>: Albumentations' x * alpha + beta (no centring on the mean); values against OpenCV in AlbumentationsPixelReferenceTests.</summary>
public class RandomBrightnessContrastTests
{
    [Fact]
    public void ZeroChangeIsTheIdentityAndContrastDoesNotCentreOnTheMean()
    {
        var image = TestImages.Bytes(9, 7, 3, seed: 8);
        var t = new RandomBrightnessContrast(new RandomBrightnessContrastOptions { P = 1 });
        Assert.True(image.ContentEquals((Image<byte>)t.Apply(new Sample(image), new RandomBrightnessContrastParams(1, 0)).Image));

        // Contrast 0.5 scales about 0, not about the mean: 100 -> 150.
        var flat = new Image<byte>(3, 3, 1);
        Array.Fill(flat.Pixels, (byte)100);
        var r = (Image<byte>)t.Apply(new Sample(flat), new RandomBrightnessContrastParams(1.5, 0)).Image;
        Assert.All(r.Pixels, v => Assert.Equal(150, v));
    }

    [Fact]
    public void BrightnessByMeanUsesTheImageMean()
    {
        var flat = new Image<byte>(4, 4, 1);
        Array.Fill(flat.Pixels, (byte)80);
        var t = new RandomBrightnessContrast(new RandomBrightnessContrastOptions { P = 1, BrightnessByMax = false });
        var r = (Image<byte>)t.Apply(new Sample(flat), new RandomBrightnessContrastParams(1, 0.25)).Image;
        Assert.All(r.Pixels, v => Assert.Equal(100, v));
    }
}
