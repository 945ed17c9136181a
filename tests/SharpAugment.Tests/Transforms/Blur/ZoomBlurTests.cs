using SharpAugment.Imaging;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms.Blur;

namespace SharpAugment.Tests.Transforms.Blur;

/// <summary><c>zoom_blur</c>: the mean of central zooms.</summary>
public class ZoomBlurTests
{
    [Fact]
    public void OneZoomOfFactorOneKeepsTheImage()
    {
        // max_factor 1 + step gives the single factor 1: (img + img) / 2.
        var image = TestImages.Floats(15, 11, 3, seed: 2);
        var t = new ZoomBlur(new ZoomBlurOptions { P = 1 });
        var r = (Image<float>)t.Apply(new Sample(image), new ZoomBlurParams(1.02, 0.02)).Image;
        for (int i = 0; i < r.Pixels.Length; i++)
        {
            Assert.Equal(image.Pixels[i], r.Pixels[i], 5);
        }
    }

    [Fact]
    public void KeepsTheCentreAndBlursTheBorder()
    {
        // A centred bright square on black: zooms enlarge it, so its border brightens around it while the centre stays.
        var image = new Image<byte>(41, 41, 1);
        for (int y = 15; y < 26; y++)
        {
            for (int x = 15; x < 26; x++)
            {
                image.Pixels[(y * 41) + x] = 200;
            }
        }

        var r = (Image<byte>)new ZoomBlur(new ZoomBlurOptions { P = 1 }).Apply(new Sample(image), new ZoomBlurParams(1.5, 0.05)).Image;
        Assert.Equal(200, r.Pixels[(20 * 41) + 20]);
        Assert.InRange(r.Pixels[(20 * 41) + 27], 20, 180);
        Assert.Equal(0, r.Pixels[0]);
    }
}
