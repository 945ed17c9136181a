using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Blur;

/// <summary>
/// Albumentations AdvancedBlur: an anisotropic generalized Gaussian exp(-0.5 (g' S^-1 g)^beta) with S = U diag(sx^2,
/// sy^2) U' rotated by the drawn angle, times per-tap uniform noise from noise_limit, normalized and correlated with the
/// image (cv2.filter2D, reflect-101), every channel. The noise comes from a recorded seed instead of NumPy's generator.
/// </summary>
public sealed class AdvancedBlur(AdvancedBlurOptions options) : PixelTransform<AdvancedBlurOptions, AdvancedBlurParams>("advanced_blur", options)
{
    /// <inheritdoc/>
    public override AdvancedBlurParams SampleParams(Sample sample, Rng rng)
    {
        int k = BlurSampling.OddKernel(Options.BlurLimit, rng);
        double sx = Options.SigmaXLimit.Sample(rng);
        double sy = Options.SigmaYLimit.Sample(rng);
        double angle = Options.RotateLimit.Sample(rng);
        double beta = rng.NextDouble() < 0.5 ? rng.Uniform(Options.BetaLimit.Lo, 1) : rng.Uniform(1, Options.BetaLimit.Hi);
        return new(k, sx, sy, angle, beta, rng.NextUInt64());
    }

    /// <summary>The normalized kernel, row-major k x k.</summary>
    public float[] Kernel(AdvancedBlurParams p)
    {
        ArgumentNullException.ThrowIfNull(p);
        int k = p.Kernel, half = k / 2;
        double a = p.Rotate * Math.PI / 180, cos = Math.Cos(a), sin = Math.Sin(a);
        double vx = p.SigmaX * p.SigmaX, vy = p.SigmaY * p.SigmaY;

        // S = U diag(vx, vy) U'; its inverse by the 2x2 formula.
        double s00 = (cos * cos * vx) + (sin * sin * vy), s01 = cos * sin * (vx - vy), s11 = (sin * sin * vx) + (cos * cos * vy);
        double det = (s00 * s11) - (s01 * s01);
        double i00 = s11 / det, i01 = -s01 / det, i11 = s00 / det;
        var noise = new Rng(p.NoiseSeed);
        var kernel = new double[k * k];
        double sum = 0;
        for (int y = 0; y < k; y++)
        {
            for (int x = 0; x < k; x++)
            {
                double gx = x - half, gy = y - half;
                double q = (gx * gx * i00) + (2 * gx * gy * i01) + (gy * gy * i11);
                double v = Math.Exp(-0.5 * Math.Pow(q, p.Beta)) * noise.Uniform(Options.NoiseLimit.Lo, Options.NoiseLimit.Hi);
                kernel[(y * k) + x] = v;
                sum += v;
            }
        }

        var result = new float[k * k];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = (float)(kernel[i] / sum);
        }

        return result;
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, AdvancedBlurParams parameters) => ApplyBytes(image, parameters, CancellationToken.None);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, AdvancedBlurParams parameters) => ApplyFloats(image, parameters, CancellationToken.None);

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, AdvancedBlurParams parameters, CancellationToken cancellation) =>
        KernelConvolve.Apply(image, Kernel(parameters), parameters.Kernel, cancellation);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, AdvancedBlurParams parameters, CancellationToken cancellation) =>
        KernelConvolve.Apply(image, Kernel(parameters), parameters.Kernel, cancellation);
}
