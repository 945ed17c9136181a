using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Stretches and squeezes grid cells (Albumentations' GridDistortion); targets follow by inverting the map.</summary>
public sealed class GridDistortion(GridDistortionOptions options) : ImageTransform<GridDistortionOptions, GridDistortionParams>("grid_distortion", options)
{
    /// <inheritdoc/>
    public override GridDistortionParams SampleParams(Sample sample, Rng rng)
    {
        var xs = new double[Options.NumSteps + 1];
        var ys = new double[Options.NumSteps + 1];
        for (int i = 0; i < xs.Length; i++)
        {
            xs[i] = 1 + Options.DistortLimit.Sample(rng);
        }

        for (int i = 0; i < ys.Length; i++)
        {
            ys[i] = 1 + Options.DistortLimit.Sample(rng);
        }

        return new GridDistortionParams(xs, ys);
    }

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, GridDistortionParams parameters)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(parameters);
        int w = sample.Width, h = sample.Height;
        var xx = Axis(w, Options.NumSteps, parameters.XSteps, Options.Normalized);
        var yy = Axis(h, Options.NumSteps, parameters.YSteps, Options.Normalized);
        var mapX = new float[w * h];
        var mapY = new float[w * h];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                mapX[y * w + x] = xx[x];
                mapY[y * w + x] = yy[y];
            }
        }

        return RemapGeometry.Apply(sample, mapX, mapY, Options.Interpolation, Options.BorderMode, Options.Fill, (byte)Options.FillMask);
    }

    /// <summary>
    /// Albumentations 2.0.8's per-axis source coordinates (normalize_grid_distortion_steps, then generate_grid):
    /// segment i covers [i*step, min(i*step + step, size)) with step = size / numSteps and runs linearly (numpy
    /// linspace, endpoint included) from the previous end to that end plus step * factor; normalized rescales the
    /// factors (the last one weighted by its shorter segment) so the ends sum to size. With fewer pixels than
    /// steps (step 0, where Albumentations divides by zero) the axis is left undistorted.
    /// </summary>
    public static float[] Axis(int size, int numSteps, double[] steps, bool normalized)
    {
        ArgumentNullException.ThrowIfNull(steps);
        int step = size / numSteps;
        var xx = new float[size];
        if (step == 0)
        {
            for (int i = 0; i < size; i++)
            {
                xx[i] = i;
            }

            return xx;
        }

        var factors = (double[])steps.Clone();
        if (normalized)
        {
            int last = Math.Min(size, (numSteps + 1) * step) - (numSteps * step);
            factors[^1] *= (double)last / step;
            double scale = (size / Math.Floor((double)size / numSteps)) / NumpySum(factors);
            for (int i = 0; i < factors.Length; i++)
            {
                factors[i] *= scale;
            }
        }

        double prev = 0;
        for (int i = 0; i < factors.Length; i++)
        {
            int start = i * step;
            int end = Math.Min(start + step, size);
            double cur = prev + (step * factors[i]);
            int n = end - start;
            double delta = n > 1 ? (cur - prev) / (n - 1) : 0;
            for (int k = 0; k < n; k++)
            {
                xx[start + k] = (float)(k == n - 1 && n > 1 ? cur : (k * delta) + prev);
            }

            prev = cur;
        }

        return xx;
    }

    /// <summary>numpy's pairwise float64 sum (eight partial sums per block of 128), so the normalized factors match bit for bit.</summary>
    private static double NumpySum(ReadOnlySpan<double> a)
    {
        int n = a.Length;
        if (n < 8)
        {
            double res = 0;
            foreach (double v in a)
            {
                res += v;
            }

            return res;
        }

        if (n > 128)
        {
            int half = n / 2;
            half -= half % 8;
            return NumpySum(a[..half]) + NumpySum(a[half..]);
        }

        Span<double> r = stackalloc double[8];
        a[..8].CopyTo(r);
        int i = 8;
        for (; i < n - (n % 8); i += 8)
        {
            for (int j = 0; j < 8; j++)
            {
                r[j] += a[i + j];
            }
        }

        double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++)
        {
            sum += a[i];
        }

        return sum;
    }
}
