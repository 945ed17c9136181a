using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Crops a random area and aspect ratio and resizes it, with torchvision's sampling (10 tries, then a centred fallback).</summary>
public sealed class RandomResizedCrop(RandomResizedCropOptions options)
    : ImageTransform<RandomResizedCropOptions, CropParams>("random_resized_crop", options)
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

        return new CropParams((width - cw) / 2, (height - ch) / 2, cw, ch);
    }

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, CropParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var cropped = SampleGeometry.Crop(sample, parameters.X, parameters.Y, parameters.Width, parameters.Height);
        return SampleGeometry.Resize(cropped, Options.Width, Options.Height, Options.Interpolation, Options.Antialias);
    }
}
