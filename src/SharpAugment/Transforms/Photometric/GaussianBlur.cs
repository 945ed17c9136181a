using System.Buffers;
using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>torchvision gaussian_blur: float32 Gaussian kernel, reflect padding, separable here (torchvision convolves the 2-D outer product). Bytes go through the 16-bit fixed-point kernel (within one level of the float path; the float path remains for kernels too large for it); every channel is blurred, alpha included.</summary>
public sealed class GaussianBlur(GaussianBlurOptions options) : PixelTransform<GaussianBlurOptions, FactorParams>("gaussian_blur", options)
{
    /// <inheritdoc/>
    public override FactorParams SampleParams(Sample sample, Rng rng) => new(Options.Sigma.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, FactorParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var (kx, ky) = Kernels(parameters.Factor);
        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        if (GaussianBlurKernel.TryBlur(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels, kx, ky))
        {
            return dst;
        }

        int n = Convolution.ByteScratchLength(image.Width, image.Height, image.Channels);
        var scratch = ArrayPool<float>.Shared.Rent(n);
        try
        {
            Convolution.Separable(image.Pixels, dst.Pixels, scratch.AsSpan(0, n), image.Width, image.Height, image.Channels, kx, ky);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }

        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, FactorParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var (kx, ky) = Kernels(parameters.Factor);
        var dst = Image<float>.CreateUninitialized(image.Width, image.Height, image.Channels);
        int n = image.Pixels.Length;
        var scratch = ArrayPool<float>.Shared.Rent(n);
        try
        {
            Convolution.Separable(image.Pixels, dst.Pixels, scratch.AsSpan(0, n), image.Width, image.Height, image.Channels, kx, ky);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }

        return dst;
    }

    private (float[] X, float[] Y) Kernels(double sigma)
    {
        int sx = Options.KernelSize[0];
        int sy = Options.KernelSize.Length > 1 ? Options.KernelSize[1] : sx;
        var kx = new float[sx];
        Convolution.GaussianKernel(kx, sigma);
        if (sy == sx)
        {
            return (kx, kx);
        }

        var ky = new float[sy];
        Convolution.GaussianKernel(ky, sigma);
        return (kx, ky);
    }
}
