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

    /// <summary>Albumentations' per-axis source coordinates: segments of length size // steps, each mapped linearly onto a stretched segment.</summary>
    public static float[] Axis(int size, int numSteps, double[] steps, bool normalized)
    {
        ArgumentNullException.ThrowIfNull(steps);
        int step = size / numSteps;
        var factors = (double[])steps.Clone();
        if (normalized)
        {
            double covered = 0;
            for (int i = 0; i <= numSteps; i++)
            {
                int start = i * step, end = Math.Min(start + step, size);
                covered += Math.Max(0, end - start) * factors[i];
            }

            double s = covered > 0 ? (size - 1) / covered : 1;
            for (int i = 0; i < factors.Length; i++)
            {
                factors[i] *= s;
            }
        }

        var xx = new float[size];
        double prev = 0;
        for (int i = 0; i <= numSteps; i++)
        {
            int start = i * step;
            int end = start + step;
            double cur;
            if (end > size || step == 0)
            {
                end = size;
                cur = normalized ? size - 1 : size;
            }
            else
            {
                cur = prev + step * factors[i];
            }

            int n = end - start;
            for (int k = 0; k < n && start + k < size; k++)
            {
                xx[start + k] = (float)(n == 1 ? prev : prev + (cur - prev) * k / (n - 1));
            }

            prev = cur;
            if (end == size)
            {
                break;
            }
        }

        return xx;
    }
}
