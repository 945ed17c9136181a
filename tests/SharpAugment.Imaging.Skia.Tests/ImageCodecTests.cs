using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;

namespace SharpAugment.Imaging.Skia.Tests;

public class ImageCodecTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "codecs", name);

    private static Image<byte> Pattern(int channels)
    {
        var img = new Image<byte>(8, 4, channels);
        for (int y = 0; y < 4; y++)
        {
            for (int x = 0; x < 8; x++)
            {
                for (int c = 0; c < channels; c++)
                {
                    img[x, y, c] = (byte)(c switch { 0 => 32 * x, 1 => 32 * y, 2 => 200, _ => 100 + x });
                }
            }
        }

        return img;
    }

    [Fact]
    public void Bmp_decodes_to_the_exact_pattern()
    {
        var img = ImageCodec.Load(Fixture("pattern.bmp"));
        Assert.True(img.ContentEquals(Pattern(3)));
    }

    [Fact]
    public void Gif_gives_the_first_frame()
    {
        var img = ImageCodec.Load(Fixture("two_frames.gif"));
        Assert.Equal(8, img.Width);
        Assert.Equal(4, img.Height);
        // Frame 1 is red on the left and blue on the right (exact palette colours); frame 2 is all green.
        Assert.Equal(255, img[0, 0, 0]);
        Assert.Equal(0, img[0, 0, 1]);
        Assert.Equal(255, img[7, 3, 2]);
        Assert.Equal(0, img[7, 3, 1]);
    }

    [Fact]
    public void Gray16_png_stays_one_channel_within_one_8_bit_step()
    {
        var b = ImageCodec.Load(Fixture("gray16.png"));
        var f = ImageCodec.LoadFloat(Fixture("gray16.png"));
        Assert.Equal(1, b.Channels);
        Assert.Equal(1, f.Channels);
        for (int y = 0; y < 4; y++)
        {
            for (int x = 0; x < 8; x++)
            {
                double v = 8000 * x + 1000 * y + 7;
                // 8 bits: v / 257 rounded; Skia may truncate instead of rounding, so one step of tolerance.
                Assert.InRange(b[x, y, 0], Math.Floor(v / 257) - 1, Math.Ceiling(v / 257));
                // Skia decodes 16-bit gray through 8 bits (a documented limitation): float is within one 8-bit step.
                Assert.Equal(v / 65535, f[x, y, 0], 1.0 / 255);
            }
        }
    }

    [Fact]
    public void Rgb16_png_is_rgb_with_full_precision_in_float()
    {
        var f = ImageCodec.LoadFloat(Fixture("rgb16.png"));
        Assert.Equal(3, f.Channels);
        // Colour 16-bit PNG goes through half floats (11 significant bits): rounding error at most 2^-12 for values <= 1.
        Assert.Equal((8000 * 5 + 7) / 65535.0, f[5, 2, 0], Math.Pow(2, -12));
        Assert.Equal((1000 * 2 + 7) / 65535.0, f[5, 2, 1], Math.Pow(2, -12));
        Assert.Equal(1.0, f[5, 2, 2], 1e-6);
        // The small G value (2007 / 65535 = 0.0306) is far finer than 8 bits could say (8 / 255 = 0.0314).
        Assert.NotEqual(8 / 255.0, f[5, 2, 1], 1e-4);
        Assert.Equal(3, ImageCodec.Load(Fixture("rgb16.png")).Channels);
    }

    [Fact]
    public void Exif_orientation_is_applied()
    {
        // Orientation 6: stored 8x4, displayed rotated 90 degrees clockwise as 4x8.
        var img = ImageCodec.Load(Fixture("exif6.jpg"));
        Assert.Equal(4, img.Width);
        Assert.Equal(8, img.Height);
        // Displayed (x, y) shows stored (y, H-1-x); the stored top-left pixel (R=0, G=0) lands at the top-right.
        // JPEG at quality 100 is within a few levels; 12 allows for chroma subsampling on an 8x4 image.
        Assert.InRange(img[3, 0, 0], 0, 12);
        Assert.InRange(img[3, 0, 1], 0, 12);
        Assert.InRange(img[0, 7, 0], 224 - 12, 224 + 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void Png_and_lossless_webp_round_trip_exactly(int channels)
    {
        var img = Pattern(channels);
        Assert.True(ImageCodec.Decode(ImageCodec.EncodePng(img)).ContentEquals(img));
        if (channels > 1)
        {
            // WebP has no gray mode: a gray image comes back as RGB, so only colour is compared for it.
            Assert.True(ImageCodec.Decode(ImageCodec.EncodeWebp(img, 100)).ContentEquals(img));
        }
    }

    [Fact]
    public void Jpeg_quality_changes_the_bytes()
    {
        var img = Pattern(3);
        Assert.NotEqual(ImageCodec.EncodeJpeg(img, 10), ImageCodec.EncodeJpeg(img, 90));
        Assert.Throws<ArgumentOutOfRangeException>(() => ImageCodec.EncodeJpeg(img, 0));
    }

    [Fact]
    public void Empty_corrupt_and_truncated_inputs_are_refused_clearly()
    {
        var noise = new Image<byte>(64, 64, 3);
        var rng = new SharpAugment.Randomness.Rng(1);
        for (int i = 0; i < noise.Pixels.Length; i++)
        {
            noise.Pixels[i] = (byte)rng.Next(256);
        }

        var png = ImageCodec.EncodePng(noise);
        Assert.Contains("empty", Assert.Throws<InvalidDataException>(() => ImageCodec.Decode([])).Message, StringComparison.Ordinal);
        var garbage = new byte[100];
        garbage.AsSpan().Fill(0x42);
        Assert.Contains("not a decodable image", Assert.Throws<InvalidDataException>(() => ImageCodec.Decode(garbage)).Message, StringComparison.Ordinal);
        var truncated = png.AsSpan(0, png.Length / 2).ToArray();
        var e = Assert.Throws<InvalidDataException>(() => ImageCodec.Decode(truncated));
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pixel_limit_is_checked_from_the_header()
    {
        var png = ImageCodec.EncodePng(new Image<byte>(100, 50, 1));
        var e = Assert.Throws<InvalidDataException>(() => ImageCodec.Decode(png, maxPixels: 4999));
        Assert.Contains("100x50 exceeds the pixel limit of 4999", e.Message, StringComparison.Ordinal);
        Assert.Equal(100, ImageCodec.Decode(png, maxPixels: 5000).Width);
    }

    [Fact]
    public void Load_names_the_file_in_errors()
    {
        string path = Path.Combine(Path.GetTempPath(), "sa-codec-" + Guid.NewGuid().ToString("N") + ".png");
        File.WriteAllBytes(path, []);
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => ImageCodec.Load(path));
            Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Png_level_trades_size_not_pixels()
    {
        var img = new Image<byte>(64, 64, 3);
        for (int i = 0; i < img.Pixels.Length; i++)
        {
            img.Pixels[i] = (byte)(i / 7 % 50);
        }

        var stored = ImageCodec.EncodePng(img, 0);
        var packed = ImageCodec.EncodePng(img, 9);
        Assert.True(ImageCodec.Decode(stored).ContentEquals(img));
        Assert.True(ImageCodec.Decode(packed).ContentEquals(img));
        Assert.True(stored.Length > 2 * packed.Length, $"level 0: {stored.Length} bytes, level 9: {packed.Length} bytes");
        Assert.Throws<ArgumentOutOfRangeException>(() => ImageCodec.EncodePng(img, 10));
    }
}
