using SharpAugment.Imaging;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>hue_saturation_value</c>: OpenCV 8-bit HSV shifts; values against OpenCV in AlbumentationsPixelReferenceTests.</summary>
public class HueSaturationValueTests
{
    [Fact]
    public void GrayImagesTakeOnlyTheValueShift()
    {
        var gray = TestImages.Bytes(8, 6, 1, seed: 2);
        var t = new HueSaturationValue(new HueSaturationValueOptions { P = 1 });
        var r = (Image<byte>)t.Apply(new Sample(gray), new HueSaturationValueParams(50, 50, 10.9)).Image;
        for (int i = 0; i < gray.Pixels.Length; i++)
        {
            Assert.Equal(Math.Min(gray.Pixels[i] + 10, 255), r.Pixels[i]);
        }
    }

    [Fact]
    public void HueShiftOf120TurnsRedIntoBlue()
    {
        // OpenCV's hue is 0..179: red is 0, green 60, blue 120; a shift of 120 moves pure red to pure blue.
        var red = new Image<byte>(2, 1, 3, [255, 0, 0, 255, 0, 0]);
        var t = new HueSaturationValue(new HueSaturationValueOptions { P = 1 });
        var r = (Image<byte>)t.Apply(new Sample(red), new HueSaturationValueParams(120, 0, 0)).Image;
        Assert.Equal(new byte[] { 0, 0, 255, 0, 0, 255 }, r.Pixels);
    }
}
