using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Imaging.Skia.Transforms;

/// <summary>
/// Albumentations ImageCompression: a JPEG or WebP encode and decode at a random quality. Albumentations hands RGB pixels
/// to cv2.imencode, which reads them as BGR, so the codec's colour transform and chroma subsampling see red and blue
/// swapped; this transform does the same (swap, round trip, swap back). Alpha is carried over unchanged (Albumentations
/// compresses it as a gray image); floats go through bytes. Masks, boxes and keypoints are untouched.
/// </summary>
public sealed class ImageCompression(ImageCompressionOptions options)
    : ImageTransform<ImageCompressionOptions, ImageCompressionParams>("image_compression", options)
{
    /// <inheritdoc/>
    public override ImageCompressionParams SampleParams(Sample sample, Rng rng) => new(Options.QualityRange.Sample(rng));

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, ImageCompressionParams parameters)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Quality is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(parameters), parameters.Quality, "image_compression: quality must be 1 to 100.");
        }

        IImage result = sample.Image switch
        {
            Image<byte> b => Compress(b, Options.CompressionType, parameters.Quality),
            Image<float> f => ImageConversions.ToFloat(Compress(ImageConversions.ToBytes(f), Options.CompressionType, parameters.Quality)),
            _ => throw new NotSupportedException($"image_compression: {sample.Image.GetType().Name} is not supported."),
        };
        return sample with { Image = result };
    }

    /// <summary>One round trip of a byte image, red and blue swapped around the codec as Albumentations' cv2 call does.</summary>
    public static Image<byte> Compress(Image<byte> image, CompressionType type, int quality)
    {
        ArgumentNullException.ThrowIfNull(image);
        Func<Image<byte>, byte[]> encode = type == CompressionType.Jpeg
            ? opaque => ImageCodec.EncodeJpeg(opaque, quality)
            : opaque => ImageCodec.EncodeWebp(opaque, quality);
        var swapped = SwapRedBlue(image);
        return SwapRedBlue(JpegCompression.RoundTrip(swapped, encode, "image_compression"));
    }

    private static Image<byte> SwapRedBlue(Image<byte> image)
    {
        if (image.Channels < 3)
        {
            return image;
        }

        var dst = image.Clone();
        var d = dst.Pixels;
        for (int i = 0; i < d.Length; i += image.Channels)
        {
            (d[i], d[i + 2]) = (d[i + 2], d[i]);
        }

        return dst;
    }
}
