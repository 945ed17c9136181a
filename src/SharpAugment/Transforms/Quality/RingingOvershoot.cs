using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Quality;

/// <summary>Albumentations RingingOvershoot: correlation (cv2.filter2D, reflect-101) with a circular 2-D sinc low-pass kernel, cutoff * J1(cutoff r) / (2 pi r), centre cutoff^2 / (4 pi), normalized to sum 1. Masks, boxes and keypoints are untouched.</summary>
public sealed class RingingOvershoot(RingingOvershootOptions options) : PixelTransform<RingingOvershootOptions, RingingOvershootParams>("ringing_overshoot", options)
{
    /// <inheritdoc/>
    public override RingingOvershootParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        int lo = Options.BlurLimit.Lo, count = ((Options.BlurLimit.Hi - lo) / 2) + 1;
        int size = (count <= 1 ? lo : lo + (2 * rng.Next(count))) | 1;
        return new(size, Options.Cutoff.Sample(rng));
    }

    /// <summary>The size x size kernel (row-major), summed in double and normalized, as Albumentations builds it.</summary>
    public static float[] Kernel(int size, double cutoff)
    {
        var k = new double[size * size];
        double half = (size - 1) / 2.0, sum = 0;
        for (int y = 0; y < size; y++)
        {
            for (int x = 0; x < size; x++)
            {
                double r = Math.Sqrt(((x - half) * (x - half)) + ((y - half) * (y - half)));
                double v = r == 0 ? cutoff * cutoff / (4 * Math.PI) : cutoff * BesselJ1(cutoff * r) / (2 * Math.PI * r);
                k[(y * size) + x] = v;
                sum += v;
            }
        }

        return k.Select(v => (float)(v / sum)).ToArray();
    }

    /// <summary>J1(x) = (1/pi) * integral over [0, pi] of cos(t - x sin t), by the trapezoid rule (exponentially accurate for this periodic integrand).</summary>
    internal static double BesselJ1(double x)
    {
        const int n = 256;
        double sum = 0;
        for (int i = 0; i <= n; i++)
        {
            double t = Math.PI * i / n;
            double f = Math.Cos(t - (x * Math.Sin(t)));
            sum += i == 0 || i == n ? 0.5 * f : f;
        }

        return sum / n;
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, RingingOvershootParams parameters) =>
        QualityOps.Correlate(image, Kernel(parameters.KernelSize, parameters.Cutoff), parameters.KernelSize);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, RingingOvershootParams parameters) =>
        QualityOps.Correlate(image, Kernel(parameters.KernelSize, parameters.Cutoff), parameters.KernelSize);
}
