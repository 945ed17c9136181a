using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Blur;

/// <summary>Albumentations MedianBlur: cv2.medianBlur (replicated borders) of an odd size drawn from blur_limit; floats go through bytes, as Albumentations' uint8_io does.</summary>
public sealed class MedianBlur(MedianBlurOptions options) : PixelTransform<MedianBlurOptions, BlurParams>("median_blur", options)
{
    /// <inheritdoc/>
    public override BlurParams SampleParams(Sample sample, Rng rng) => new(BlurSampling.OddKernel(Options.BlurLimit, rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, BlurParams parameters) => Median(image, parameters, CancellationToken.None);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, BlurParams parameters) => AlbumentationsIo.ViaBytes(image, b => Median(b, parameters, CancellationToken.None));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, BlurParams parameters, CancellationToken cancellation) => Median(image, parameters, cancellation);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, BlurParams parameters, CancellationToken cancellation) => AlbumentationsIo.ViaBytes(image, b => Median(b, parameters, cancellation));

    private static Image<byte> Median(Image<byte> image, BlurParams parameters, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        MedianFilter.Bytes(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels, parameters.Kernel, cancellation);
        return dst;
    }
}
