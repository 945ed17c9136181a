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
    public static Image<byte> Compress(Image<byte> image, int quality)
    {
        ArgumentNullException.ThrowIfNull(image);
        int colour = image.Channels >= 3 ? 3 : 1;
        var opaque = image.Channels == colour ? image : SelectChannels(image, colour);
        var decoded = ImageCodec.Decode(ImageCodec.EncodeJpeg(opaque, quality));
        if (decoded.Channels != colour)
        {
            throw new InvalidDataException($"jpeg_compression: the JPEG round trip returned {decoded.Channels} channels instead of {colour}.");
        }

        if (image.Channels == colour)
        {
            return decoded;
        }

        var result = new Image<byte>(image.Width, image.Height, image.Channels);
        var src = image.Pixels;
        var dec = decoded.Pixels;
        var dst = result.Pixels;
        int n = image.Width * image.Height, ch = image.Channels;
        for (int i = 0; i < n; i++)
        {
            for (int c = 0; c < colour; c++)
            {
                dst[i * ch + c] = dec[i * colour + c];
            }

            dst[i * ch + ch - 1] = src[i * ch + ch - 1];
        }

        return result;
    }

    private static Image<byte> SelectChannels(Image<byte> image, int channels)
    {
        var result = new Image<byte>(image.Width, image.Height, channels);
        var src = image.Pixels;
        var dst = result.Pixels;
        int n = image.Width * image.Height, ch = image.Channels;
        for (int i = 0; i < n; i++)
        {
            for (int c = 0; c < channels; c++)
            {
                dst[i * channels + c] = src[i * ch + c];
            }
        }

        return result;
    }
}
