using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Crops a random area and aspect ratio and resizes it, with torchvision's sampling (10 tries, then a centred fallback).</summary>
public sealed class RandomResizedCrop(RandomResizedCropOptions options)
    : GeometricTransform<RandomResizedCropOptions, CropParams>("random_resized_crop", options)
{
    /// <inheritdoc/>
    public override CropParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(rng);
        int width = sample.Width, height = sample.Height;
        double area = (double)width * height;
        double logLo = Math.Log((float)Options.Ratio.Lo), logHi = Math.Log((float)Options.Ratio.Hi);
        for (int attempt = 0; attempt < 10; attempt++)
        {
            double targetArea = area * rng.Uniform(Options.Scale.Lo, Options.Scale.Hi);
            double aspect = Math.Exp(rng.Uniform(logLo, logHi));
            int w = (int)Math.Round(Math.Sqrt(targetArea * aspect));
            int h = (int)Math.Round(Math.Sqrt(targetArea / aspect));
            if (w > 0 && w <= width && h > 0 && h <= height)
            {
                int i = rng.Next(0, height - h + 1);
                int j = rng.Next(0, width - w + 1);
                return new CropParams(j, i, w, h);
            }
        }

        double inRatio = (double)width / height;
        int cw, ch;
        if (inRatio < Options.Ratio.Lo)
        {
            cw = width;
            ch = (int)Math.Round(cw / Options.Ratio.Lo);
        }
        else if (inRatio > Options.Ratio.Hi)
        {
            ch = height;
            cw = (int)Math.Round(ch * Options.Ratio.Hi);
        }
        else
        {
            cw = width;
            ch = height;
        }

        if (cw < 1 || ch < 1)
        {
            // torchvision's fallback window would be empty (its resize then fails): refuse the ratio instead.
            throw new TransformParameterException(Name, "ratio", Options.Ratio.ToString(), $"a ratio range that leaves the central window of the {width}x{height} image at least one pixel wide and high");
        }

        return new CropParams((width - cw) / 2, (height - ch) / 2, cw, ch);
    }

    /// <inheritdoc/>
    protected override void CheckLimits(Sample sample, CropParams parameters, ResourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(limits);
        limits.CheckOutput(Name, "width", Options.Width, Options.Height);
    }

    /// <summary>Crop then resize: targets are clipped to the window before they are scaled, and a window inside the image is resized straight from the source (no cropped copy).</summary>
    public override GeometricPlan Plan(int width, int height, CropParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return GeometricPlan.CropResize(parameters.X, parameters.Y, parameters.Width, parameters.Height, Options.Width, Options.Height,
            Options.Interpolation, Options.Antialias);
    }

    /// <inheritdoc/>
    protected override PixelWindow? ReadWindow(Sample sample, CropParams parameters)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(parameters);
        var (x, y, w, h) = (parameters.X, parameters.Y, parameters.Width, parameters.Height);
        return x >= 0 && y >= 0 && x + w <= sample.Width && y + h <= sample.Height ? new PixelWindow(x, y, w, h) : null;
    }
}
