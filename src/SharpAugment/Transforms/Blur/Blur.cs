using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Blur;

/// <summary>Albumentations Blur: a normalized box filter (cv2.blur, reflect-101 borders) of an odd size drawn from blur_limit, on every channel.</summary>
public sealed class Blur(BlurOptions options) : PixelTransform<BlurOptions, BlurParams>("blur", options)
{
    /// <inheritdoc/>
    public override BlurParams SampleParams(Sample sample, Rng rng) => new(BlurSampling.OddKernel(Options.BlurLimit, rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, BlurParams parameters) => ApplyBytes(image, parameters, CancellationToken.None);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, BlurParams parameters) => ApplyFloats(image, parameters, CancellationToken.None);

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, BlurParams parameters, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        BoxFilter.Bytes(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels, parameters.Kernel, cancellation);
        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, BlurParams parameters, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var dst = Image<float>.CreateUninitialized(image.Width, image.Height, image.Channels);
        BoxFilter.Floats(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels, parameters.Kernel, cancellation);
        return dst;
    }
}
