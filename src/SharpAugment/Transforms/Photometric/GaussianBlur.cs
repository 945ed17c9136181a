using System.Buffers;
using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>torchvision gaussian_blur: float32 Gaussian kernel, reflect padding, separable here (torchvision convolves the 2-D outer product). Bytes go through the 16-bit fixed-point kernel (within one level of the float path; the float path remains for kernels too large for it); every channel is blurred, alpha included.</summary>
public sealed class GaussianBlur(GaussianBlurOptions options) : PixelTransform<GaussianBlurOptions, GaussianBlurParams>("gaussian_blur", options)
{
    /// <inheritdoc/>
    public override GaussianBlurParams SampleParams(Sample sample, Rng rng) => new(Options.Sigma.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, GaussianBlurParams parameters) => ApplyBytes(image, parameters, CancellationToken.None);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, GaussianBlurParams parameters) => ApplyFloats(image, parameters, CancellationToken.None);

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, GaussianBlurParams parameters, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var (kx, ky) = Kernels(parameters.Sigma, image.Width, image.Height);
        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        if (GaussianBlurKernel.TryBlur(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels, kx, ky, cancellation))
        {
            return dst;
        }

        int n = Convolution.ByteScratchLength(image.Width, image.Height, image.Channels);
        var scratch = ArrayPool<float>.Shared.Rent(n);
        try
        {
            Convolution.Separable(image.Pixels, dst.Pixels, scratch.AsSpan(0, n), image.Width, image.Height, image.Channels, kx, ky, cancellation);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }

        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, GaussianBlurParams parameters, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var (kx, ky) = Kernels(parameters.Sigma, image.Width, image.Height);
        var dst = Image<float>.CreateUninitialized(image.Width, image.Height, image.Channels);
        int n = image.Pixels.Length;
        var scratch = ArrayPool<float>.Shared.Rent(n);
        try
        {
            Convolution.Separable(image.Pixels, dst.Pixels, scratch.AsSpan(0, n), image.Width, image.Height, image.Channels, kx, ky, cancellation);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }

        return dst;
    }

    private (float[] X, float[] Y) Kernels(double sigma, int width, int height)
    {
        int sx = Options.KernelSize[0];
        int sy = Options.KernelSize.Length > 1 ? Options.KernelSize[1] : sx;
        CheckReflectPadding(Name, "kernel_size", sx == sy ? $"{sx}" : $"[{sx}, {sy}]", sx, sy, width, height);
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

    /// <summary>The most taps a kernel may have on an image smaller than its padding: such kernels reflect more than once (torchvision raises there), which stays cheap and lets thumbnails through, as before.</summary>
    internal const int RepeatedReflectionTaps = 65;

    /// <summary>torchvision pads by half the kernel with reflection, which torch refuses unless the padding is smaller than the image; refusing the same beyond <see cref="RepeatedReflectionTaps"/> keeps the cost proportional to the image, whatever the kernel size.</summary>
    internal static void CheckReflectPadding(string transform, string parameter, string written, long kernelX, long kernelY, int width, int height)
    {
        if ((kernelX > RepeatedReflectionTaps && kernelX / 2 >= width) || (kernelY > RepeatedReflectionTaps && kernelY / 2 >= height))
        {
            throw new TransformParameterException(transform, parameter, written,
                $"a kernel whose reflect padding (half the size) is smaller than the {width}x{height} image, as torchvision requires (at most [{2L * width - 1}, {2L * height - 1}]), or of at most {RepeatedReflectionTaps} taps");
        }
    }
}
