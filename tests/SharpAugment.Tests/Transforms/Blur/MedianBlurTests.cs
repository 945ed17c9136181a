using SharpAugment.Imaging;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms.Blur;

namespace SharpAugment.Tests.Transforms.Blur;

/// <summary><c>median_blur</c>: Albumentations MedianBlur; values are checked against cv2.medianBlur in AlbumentationsPixelReferenceTests.</summary>
public class MedianBlurTests
{
    [Fact]
    public void RemovesIsolatedSaltAndKeepsEdges()
    {
        var image = new Image<byte>(11, 9, 1);
        for (int y = 0; y < 9; y++)
        {
            for (int x = 6; x < 11; x++)
            {
                image.Pixels[(y * 11) + x] = 200;
            }
        }

        image.Pixels[(4 * 11) + 2] = 255; // salt in the dark half
        var t = new MedianBlur(new MedianBlurOptions { P = 1 });
        var r = (Image<byte>)t.Apply(new Sample(image), new BlurParams(3)).Image;

        Assert.Equal(0, r.Pixels[(4 * 11) + 2]);
        for (int y = 0; y < 9; y++)
        {
            Assert.Equal(0, r.Pixels[(y * 11) + 5]);
            Assert.Equal(200, r.Pixels[(y * 11) + 6]);
        }
    }

    [Fact]
    public void FloatsGoThroughBytes()
    {
        var bytes = TestImages.Bytes(13, 10, 3, seed: 4);
        var t = new MedianBlur(new MedianBlurOptions { P = 1 });
        var b = (Image<byte>)t.Apply(new Sample(bytes), new BlurParams(5)).Image;
        var f = (Image<float>)t.Apply(new Sample(ImageConversions.ToFloat(bytes)), new BlurParams(5)).Image;
        Assert.True(b.ContentEquals(ImageConversions.ToBytes(f)));
    }
}
