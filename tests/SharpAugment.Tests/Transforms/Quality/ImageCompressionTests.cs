using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia.Transforms;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Transforms.Quality;

/// <summary><c>image_compression</c>: JPEG as jpeg_compression but with red and blue swapped around the codec (Albumentations' cv2 call), WebP lossy, alpha kept.</summary>
public class ImageCompressionTests
{
    private static Image<byte> Run(Image<byte> image, CompressionType type, int quality) =>
        Assert.IsType<Image<byte>>(new ImageCompression(new ImageCompressionOptions { P = 1, CompressionType = type, QualityRange = quality })
            .Apply(new Sample(image), new AugmentContext(new Rng(1))).Image);

    private static Image<byte> Swap(Image<byte> image)
    {
        var d = image.Clone();
        for (int i = 0; i < d.Pixels.Length; i += image.Channels)
        {
            (d.Pixels[i], d.Pixels[i + 2]) = (d.Pixels[i + 2], d.Pixels[i]);
        }

        return d;
    }

    [Fact]
    public void JpegSeesBgrAsAlbumentations()
    {
        var img = TestImages.Bytes(48, 40, 3);
        var got = Run(img, CompressionType.Jpeg, 60);
        Assert.Equal(Swap(JpegCompression.Compress(Swap(img), 60)).Pixels, got.Pixels);
        Assert.NotEqual(JpegCompression.Compress(img, 60).Pixels, got.Pixels); // the swap changes the chroma the codec keeps
    }

    [Fact]
    public void GrayJpegIsJpegCompression()
    {
        var img = TestImages.Bytes(33, 21, 1);
        Assert.Equal(JpegCompression.Compress(img, 40).Pixels, Run(img, CompressionType.Jpeg, 40).Pixels);
    }

    [Fact]
    public void WebpIsLossyAndKeepsAlpha()
    {
        var img = TestImages.Bytes(48, 40, 4);
        var got = Run(img, CompressionType.Webp, 30);
        double mae = 0;
        int changed = 0;
        for (int i = 0; i < got.Pixels.Length; i++)
        {
            if (i % 4 == 3)
            {
                Assert.Equal(img.Pixels[i], got.Pixels[i]);
                continue;
            }

            mae += Math.Abs(got.Pixels[i] - img.Pixels[i]);
            changed += got.Pixels[i] != img.Pixels[i] ? 1 : 0;
        }

        mae /= 48 * 40 * 3;
        Assert.True(changed > 100, $"only {changed} values changed at quality 30");
        Assert.InRange(mae, 0.5, 40);
    }
}
