using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Cuts a uniformly placed window (after optional padding), as torchvision's RandomCrop.</summary>
public sealed class RandomCrop(RandomCropOptions options) : GeometricTransform<RandomCropOptions, CropParams>("random_crop", options)
{
    /// <inheritdoc/>
    public override CropParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(rng);
        var (l, t, r, b) = Padding.Sides(Options.Padding);
        int w = sample.Width + l + r, h = sample.Height + t + b;
        if (Options.PadIfNeeded && w < Options.Width)
        {
            int d = Options.Width - w;
            l += d;
            w += 2 * d;
        }

        if (Options.PadIfNeeded && h < Options.Height)
        {
            int d = Options.Height - h;
            t += d;
            h += 2 * d;
        }

        if (w < Options.Width || h < Options.Height)
        {
            throw new TransformParameterException(Name, w < Options.Width ? "width" : "height", $"{Options.Width}x{Options.Height}",
                $"a window no larger than the (padded) {w}x{h} image, or pad_if_needed=true");
        }

        int i = rng.Next(0, h - Options.Height + 1);
        int j = rng.Next(0, w - Options.Width + 1);
        return new CropParams(j - l, i - t, Options.Width, Options.Height);
    }

    /// <inheritdoc/>
    protected override void CheckLimits(Sample sample, CropParams parameters, ResourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(limits);
        limits.CheckOutput(Name, "width", parameters.Width, parameters.Height);
    }

    /// <inheritdoc/>
    public override GeometricPlan Plan(int width, int height, CropParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return GeometricPlan.Window(parameters.X, parameters.Y, parameters.Width, parameters.Height, Padding.ToBorder(Options.PaddingMode), Options.Fill, 0);
    }
}
