using SharpAugment.Imaging;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>to_sepia</c>: the sepia matrix through OpenCV's 10-bit fixed point; values against cv2.transform in AlbumentationsPixelReferenceTests.</summary>
public class ToSepiaTests
{
    [Fact]
    public void WhiteBecomesWarmAndGrayIsUnchanged()
    {
        var t = new ToSepia(new ToSepiaOptions { P = 1 });
        var white = new Image<byte>(1, 1, 3, [255, 255, 255]);
        // Blue row: (279 + 547 + 134) * 255 + 512 >> 10 = 239; red and green saturate.
        Assert.Equal(new byte[] { 255, 255, 239 }, ((Image<byte>)t.Apply(new Sample(white), NoParams.Instance).Image).Pixels);

        var gray = TestImages.Bytes(5, 4, 1, seed: 1);
        Assert.True(gray.ContentEquals((Image<byte>)t.Apply(new Sample(gray), NoParams.Instance).Image));
    }
}
