using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Blur;

/// <summary>
/// Albumentations MotionBlur: a k x k kernel of ones along a line through the centre (angle, direction bias, optional
/// random shift; k points from linspace, rounded half to even and clipped to the kernel, duplicates set once),
/// normalized by its count and correlated with the image (cv2.filter2D, reflect-101), every channel.
/// </summary>
public sealed class MotionBlur(MotionBlurOptions options) : PixelTransform<MotionBlurOptions, MotionBlurParams>("motion_blur", options)
{
    /// <inheritdoc/>
    public override MotionBlurParams SampleParams(Sample sample, Rng rng)
    {
        int k = BlurSampling.OddKernel(Options.BlurLimit, rng);
        double angle = Options.AngleRange.Sample(rng);
        double direction = Options.DirectionRange.Sample(rng);
        if (!Options.AllowShifted)
        {
            return new(k, angle, direction, 0, 0);
        }

        double sx = rng.Uniform(-1, 1);
        return new(k, angle, direction, sx, rng.Uniform(-1, 1));
    }

    /// <summary>The normalized line kernel, row-major k x k.</summary>
    public static float[] Kernel(MotionBlurParams p)
    {
        ArgumentNullException.ThrowIfNull(p);
        int k = p.Kernel, center = k / 2, len = k / 2;
        double direction = Math.Clamp(p.Direction, -1, 1);
        double rad = p.Angle * Math.PI / 180, dx = Math.Cos(rad), dy = Math.Sin(rad);
        double start = direction > 0 ? -len * (1 - direction) : -len;
        double end = direction < 0 ? len * (1 - Math.Abs(direction)) : len;
        var kernel = new float[k * k];
        int count = 0;
        for (int i = 0; i < k; i++)
        {
            double t = k == 1 ? start : start + ((end - start) * i / (k - 1));
            double x = center + (dx * t) + (p.ShiftX * len / 2);
            double y = center + (dy * t) + (p.ShiftY * len / 2);
            int xi = (int)Math.Clamp(Math.Round(x), 0, k - 1), yi = (int)Math.Clamp(Math.Round(y), 0, k - 1);
            if (kernel[(yi * k) + xi] == 0)
            {
                kernel[(yi * k) + xi] = 1;
                count++;
            }
        }

        for (int i = 0; i < kernel.Length; i++)
        {
            kernel[i] /= count;
        }

        return kernel;
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, MotionBlurParams parameters) => ApplyBytes(image, parameters, CancellationToken.None);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, MotionBlurParams parameters) => ApplyFloats(image, parameters, CancellationToken.None);

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, MotionBlurParams parameters, CancellationToken cancellation) =>
        KernelConvolve.Apply(image, Kernel(parameters), parameters.Kernel, cancellation);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, MotionBlurParams parameters, CancellationToken cancellation) =>
        KernelConvolve.Apply(image, Kernel(parameters), parameters.Kernel, cancellation);
}
