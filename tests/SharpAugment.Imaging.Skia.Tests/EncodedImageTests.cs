using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Imaging.Skia.Tests;

public class EncodedImageTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "codecs", name);

    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    // A Skia-encoded baseline 4:2:0 JPEG of a textured image with an odd size, beside the PIL-made fixtures.
    private static byte[] SkiaJpeg()
    {
        var img = new Image<byte>(157, 93, 3);
        for (int y = 0; y < img.Height; y++)
        {
            for (int x = 0; x < img.Width; x++)
            {
                img[x, y, 0] = (byte)((x * 5) + (y * 3));
                img[x, y, 1] = (byte)((x * y) % 251);
                img[x, y, 2] = (byte)(((x / 7) + (y / 5)) % 2 * 200);
            }
        }

        return ImageCodec.EncodeJpeg(img, 80);
    }

    public static TheoryData<string> Jpegs() => new() { "progressive420.jpg", "baseline422.jpg", "gray.jpg", "skia" };

    private static byte[] Bytes(string name) => name == "skia" ? SkiaJpeg() : File.ReadAllBytes(Fixture(name));

    [Theory]
    [MemberData(nameof(Jpegs))]
    public void WindowPixelsEqualTheFullDecode(string name)
    {
        // Exact equality: the window decode must be the same libjpeg-turbo arithmetic as the whole-image decode.
        var encoded = Bytes(name);
        var full = ImageCodec.Decode(encoded);
        var rng = new Rng(7);
        var windows = new List<PixelWindow>
        {
            new(0, 0, full.Width, full.Height), new(0, 0, 1, 1), new(full.Width - 1, full.Height - 1, 1, 1),
            new(1, 1, full.Width - 2, full.Height - 2), new(15, 7, 17, 9), new(16, 8, 16, 8), new(31, 0, 33, full.Height),
        };
        for (int i = 0; i < 40; i++)
        {
            int w = rng.Next(1, full.Width + 1), h = rng.Next(1, full.Height + 1);
            windows.Add(new PixelWindow(rng.Next(0, full.Width - w + 1), rng.Next(0, full.Height - h + 1), w, h));
        }

        foreach (var win in windows)
        {
            var part = ImageCodec.DecodeWindow(encoded, win);
            Assert.Equal((full.Width, full.Height, full.Channels), (part.Width, part.Height, part.Channels));
            for (int y = win.Y; y < win.Y + win.Height; y++)
            {
                var want = full.Row(y).Slice(win.X * full.Channels, win.Width * full.Channels);
                var got = part.Row(y).Slice(win.X * full.Channels, win.Width * full.Channels);
                Assert.True(want.SequenceEqual(got), $"{name}: window {win} differs from the full decode in row {y}");
            }
        }
    }

    [Fact]
    public void OtherFormatsAndRotatedJpegsDecodeWhole()
    {
        var png = ImageCodec.EncodePng(ImageCodec.Decode(File.ReadAllBytes(Fixture("progressive420.jpg"))));
        Assert.True(ImageCodec.Decode(png).ContentEquals(ImageCodec.DecodeWindow(png, new PixelWindow(3, 4, 10, 10))));

        var exif = File.ReadAllBytes(Fixture("exif6.jpg"));
        var whole = ImageCodec.Decode(exif);
        Assert.Equal((whole.Width, whole.Height, 3), ImageCodec.ReadHeader(exif));
        Assert.True(whole.ContentEquals(ImageCodec.DecodeWindow(exif, new PixelWindow(1, 1, 2, 2))));
    }

    [Theory]
    [InlineData("random_resized_crop(width=64, height=48)")]
    [InlineData("random_resized_crop(width=64, height=48, antialias=false) | hflip(p=0.5) | randaugment(num_ops=2, magnitude=9)")]
    [InlineData("random_resized_crop(width=40, height=40, p=0.5) | vflip")]
    [InlineData("hflip(p=0.5) | random_resized_crop(width=64, height=48)")]
    public void APipelineOnAnEncodedImageEqualsItOnTheDecodedImage(string pipeline)
    {
        var t = Registry.Parse<Sample>(pipeline);
        foreach (var name in new[] { "progressive420.jpg", "baseline422.jpg", "gray.jpg" })
        {
            var encoded = Bytes(name);
            for (int seed = 0; seed < 25; seed++)
            {
                var want = t.Apply(new Sample(ImageCodec.Decode(encoded)) { Label = 1 }, new AugmentContext(Rng.ForSample(3, 0, seed)));
                var got = t.Apply(new Sample(EncodedImage.FromBytes(encoded)) { Label = 1 }, new AugmentContext(Rng.ForSample(3, 0, seed)));
                var image = got.Image is IDeferredImage d ? d.Decode() : got.Image;
                Assert.True(((Image<byte>)want.Image).ContentEquals((Image<byte>)image), $"{pipeline} on {name}, seed {seed}");
                Assert.Equal(want.Label, got.Label);
            }
        }
    }

    [Fact]
    public void TheHeaderGivesTheSizeAndChannelsWithoutDecoding()
    {
        var e = EncodedImage.FromBytes(File.ReadAllBytes(Fixture("gray.jpg")));
        Assert.Equal((203, 151, 1, PixelDepth.Byte), (e.Width, e.Height, e.Channels, e.Depth));
        Assert.Same(e, e.Clone());
        Assert.Throws<InvalidDataException>(() => EncodedImage.FromBytes([1, 2, 3]));
    }

    public sealed record WindowOptions : TransformOptions;

    /// <summary>Claims to read a small window but hands its input back unchanged: the caller must then see a whole decode.</summary>
    private sealed class WindowThenIdentity() : ImageTransform<WindowOptions, NoParams>("window_then_identity", new WindowOptions())
    {
        public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

        public override Sample Apply(Sample sample, NoParams parameters) => sample;

        protected override PixelWindow? ReadWindow(Sample sample, NoParams parameters) => new PixelWindow(40, 30, 8, 8);
    }

    [Fact]
    public void ATransformThatKeepsAWindowDecodedImageGetsTheWholeDecode()
    {
        var encoded = Bytes("progressive420.jpg");
        var got = new WindowThenIdentity().Apply(new Sample(EncodedImage.FromBytes(encoded)), new AugmentContext(new Rng(0)));
        Assert.True(ImageCodec.Decode(encoded).ContentEquals((Image<byte>)got.Image));
    }
}
