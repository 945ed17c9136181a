using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Imaging.Skia.Transforms;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Imaging.Skia.Tests.Transforms;

public class JpegCompressionTests
{
    private static TransformRegistry Registry() => new TransformRegistry().AddCodecTransforms();

    private static Image<byte> Noise(int channels, ulong seed)
    {
        var rng = new Rng(seed);
        var img = new Image<byte>(32, 24, channels);
        for (int i = 0; i < img.Pixels.Length; i++)
        {
            img.Pixels[i] = (byte)rng.Next(256);
        }

        return img;
    }

    [Fact]
    public void Round_trip_equals_the_codec_round_trip_at_the_sampled_quality()
    {
        var t = Registry().Parse<Sample>("jpeg_compression(quality=20..60)");
        var img = Noise(3, 1);
        var tape = new List<SampledStep>();
        var result = t.Apply(new Sample(img), new AugmentContext(new Rng(5), tape));
        int q = ((JpegCompressionParams)tape[0].Parameters!).Quality;
        Assert.InRange(q, 20, 60);
        var expected = ImageCodec.Decode(ImageCodec.EncodeJpeg(img, q));
        Assert.True(((Image<byte>)result.Image).ContentEquals(expected));
        Assert.False(((Image<byte>)result.Image).ContentEquals(img));
    }

    [Fact]
    public void Alpha_and_gray_are_kept_and_targets_untouched()
    {
        var rgba = Noise(4, 2);
        var mask = new Image<byte>(32, 24, 1);
        mask[3, 3, 0] = 7;
        var sample = new Sample(rgba) { Masks = [mask], Boxes = [new BoundingBox(1, 2, 3, 4, 5)] };
        var result = JpegCompression.Compress(rgba, 50);
        Assert.Equal(4, result.Channels);
        for (int i = 3; i < rgba.Pixels.Length; i += 4)
        {
            Assert.Equal(rgba.Pixels[i], result.Pixels[i]);
        }

        var t = new JpegCompression(new JpegCompressionOptions { Quality = 50 });
        var s2 = t.Apply(sample, new JpegCompressionParams(50));
        Assert.Same(mask, s2.Masks[0]);
        Assert.Equal(sample.Boxes, s2.Boxes);
        Assert.Equal(1, JpegCompression.Compress(Noise(1, 3), 50).Channels);
    }

    [Fact]
    public void Float_images_stay_float()
    {
        var f = ImageConversions.ToFloat(Noise(3, 4));
        var t = new JpegCompression(new JpegCompressionOptions { Quality = 70 });
        var r = t.Apply(new Sample(f), new JpegCompressionParams(70));
        Assert.IsType<Image<float>>(r.Image);
    }

    [Fact]
    public void Quality_out_of_range_is_refused_naming_the_transform()
    {
        var e = Assert.ThrowsAny<Exception>(() => Registry().Parse<Sample>("jpeg_compression(quality=0..50)"));
        Assert.Contains("jpeg_compression", e.Message, StringComparison.Ordinal);
        Assert.Contains("quality", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_seed_same_bytes()
    {
        var t = Registry().Parse<Sample>("jpeg_compression(quality=10..90)");
        var img = Noise(3, 9);
        var a = (Image<byte>)t.Apply(new Sample(img), new AugmentContext(Rng.ForSample(3, 0, 1))).Image;
        var b = (Image<byte>)t.Apply(new Sample(img), new AugmentContext(Rng.ForSample(3, 0, 1))).Image;
        Assert.True(a.ContentEquals(b));
    }
}
