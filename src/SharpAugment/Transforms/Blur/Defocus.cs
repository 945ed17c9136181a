using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Blur;

/// <summary>
/// Albumentations Defocus: a normalized disk x^2 + y^2 &lt;= r^2 on a (2 max(8, r) + 1)-square grid, softened by a
/// 3x3 (r &lt;= 8) or 5x5 Gaussian of sigma alias_blur (reflect-101 on the kernel, as cv2.GaussianBlur), then correlated
/// with the image (cv2.filter2D), every channel.
/// </summary>
public sealed class Defocus(DefocusOptions options) : PixelTransform<DefocusOptions, DefocusParams>("defocus", options)
{
    /// <inheritdoc/>
    public override DefocusParams SampleParams(Sample sample, Rng rng)
    {
        int radius = Options.Radius.Sample(rng);
        return new(radius, Options.AliasBlur.Sample(rng));
    }

    /// <summary>The defocus kernel, row-major, and its side.</summary>
    public static (float[] Kernel, int Size) Kernel(DefocusParams p)
    {
        ArgumentNullException.ThrowIfNull(p);
        int half = Math.Max(8, p.Radius), size = (2 * half) + 1;
        var disk = new float[size * size];
        float count = 0;
        for (int y = -half; y <= half; y++)
        {
            for (int x = -half; x <= half; x++)
            {
                if ((x * x) + (y * y) <= p.Radius * p.Radius)
                {
                    disk[((y + half) * size) + x + half] = 1;
                    count++;
                }
            }
        }

        for (int i = 0; i < disk.Length; i++)
        {
            disk[i] /= count;
        }

        int g = p.Radius <= 8 ? 3 : 5;
        var taps = new float[g];
        if (p.AliasBlur > 0)
        {
            Kernels.Convolution.GaussianKernel(taps, p.AliasBlur);
        }
        else
        {
            taps[g / 2] = 1;
        }

        var soft = new float[disk.Length];
        Kernels.Convolution.Separable(disk, soft, new float[disk.Length], size, size, 1, taps, taps);
        return (soft, size);
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, DefocusParams parameters) => ApplyBytes(image, parameters, CancellationToken.None);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, DefocusParams parameters) => ApplyFloats(image, parameters, CancellationToken.None);

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, DefocusParams parameters, CancellationToken cancellation)
    {
        var (k, size) = Kernel(parameters);
        return KernelConvolve.Apply(image, k, size, cancellation);
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, DefocusParams parameters, CancellationToken cancellation)
    {
        var (k, size) = Kernel(parameters);
        return KernelConvolve.Apply(image, k, size, cancellation);
    }
}
