using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Imaging.Skia.Transforms;

/// <summary>Encodes the image as JPEG and decodes it again, so a model sees compression artefacts; masks, boxes and keypoints are untouched.</summary>
/// <remarks>Alpha is not stored by JPEG: it is carried over unchanged. Float images go through bytes (x * 255 rounded) and back.</remarks>
public sealed class JpegCompression(JpegCompressionOptions options)
    : ImageTransform<JpegCompressionOptions, JpegCompressionParams>("jpeg_compression", options)
{
    /// <inheritdoc/>
    public override JpegCompressionParams SampleParams(Sample sample, Rng rng) => new(Options.Quality.Sample(rng));

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, JpegCompressionParams parameters)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Quality is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(parameters), parameters.Quality, "jpeg_compression: quality must be 1 to 100.");
        }

        IImage result = sample.Image switch
        {
            Image<byte> b => Compress(b, parameters.Quality),
            Image<float> f => ImageConversions.ToFloat(Compress(ImageConversions.ToBytes(f), parameters.Quality)),
            _ => throw new NotSupportedException($"jpeg_compression: {sample.Image.GetType().Name} is not supported."),
        };
        return sample with { Image = result };
    }

    /// <summary>One JPEG round trip of a byte image at a quality of 1 to 100, channels kept.</summary>
    public static Image<byte> Compress(Image<byte> image, int quality) => RoundTrip(image, opaque => ImageCodec.EncodeJpeg(opaque, quality), "jpeg_compression");

    /// <summary>One encode/decode round trip of the colour channels (1 or 3) through <paramref name="encode"/>; alpha is carried over unchanged.</summary>
    internal static Image<byte> RoundTrip(Image<byte> image, Func<Image<byte>, byte[]> encode, string name)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(encode);
        int colour = image.Channels >= 3 ? 3 : 1;
        Image<byte> opaque = image;
        if (image.Channels != colour)
        {
            opaque = new Image<byte>(image.Width, image.Height, colour);
            CopyChannels(image, opaque, colour);
        }

        var decoded = ImageCodec.Decode(encode(opaque));
        if (colour == 1 && decoded.Channels >= 3)
        {
            decoded = ToGray(decoded);
        }

        if (decoded.Channels != colour)
        {
            throw new InvalidDataException($"{name}: the round trip returned {decoded.Channels} channels instead of {colour}.");
        }

        if (image.Channels == colour)
        {
            return decoded;
        }

        // JPEG has no alpha: start from the input (which carries alpha) and put the round-tripped colour over it.
        var result = image.Clone();
        CopyChannels(decoded, result, colour);
        return result;
    }

    // WebP has no gray: a gray image comes back as RGB, read back as gray with OpenCV's weights (IMREAD_GRAYSCALE).
    private static Image<byte> ToGray(Image<byte> rgb)
    {
        var gray = new Image<byte>(rgb.Width, rgb.Height, 1);
        int c = rgb.Channels;
        for (int i = 0, n = rgb.Width * rgb.Height; i < n; i++)
        {
            double y = (0.299 * rgb.Pixels[i * c]) + (0.587 * rgb.Pixels[(i * c) + 1]) + (0.114 * rgb.Pixels[(i * c) + 2]);
            gray.Pixels[i] = (byte)Math.Clamp(Math.Round(y), 0, 255);
        }

        return gray;
    }

    // Copies the first `count` channels of every pixel from src to dst (same size, any channel counts).
    private static void CopyChannels(Image<byte> src, Image<byte> dst, int count)
    {
        var s = src.Pixels;
        var d = dst.Pixels;
        int sc = src.Channels, dc = dst.Channels;
        for (int i = 0, n = src.Width * src.Height; i < n; i++)
        {
            for (int c = 0; c < count; c++)
            {
                d[i * dc + c] = s[i * sc + c];
            }
        }
    }
}
