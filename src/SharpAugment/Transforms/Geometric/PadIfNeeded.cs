using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Pads every target up to a minimum size or a size divisor, as Albumentations' PadIfNeeded.</summary>
public sealed class PadIfNeeded(PadIfNeededOptions options) : GeometricTransform<PadIfNeededOptions, CropParams>("pad_if_needed", options)
{
    /// <inheritdoc/>
    public override CropParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(rng);
        int w = sample.Width, h = sample.Height;
        int padH = Need(h, Options.MinHeight, Options.PadHeightDivisor);
        int padW = Need(w, Options.MinWidth, Options.PadWidthDivisor);
        int top = padH / 2, left = padW / 2;
        switch (Options.Position)
        {
            case PadPosition.TopLeft:
                top = 0;
                left = 0;
                break;
            case PadPosition.TopRight:
                top = 0;
                left = padW;
                break;
            case PadPosition.BottomLeft:
                top = padH;
                left = 0;
                break;
            case PadPosition.BottomRight:
                top = padH;
                left = padW;
                break;
            case PadPosition.Random:
                top = rng.Next(0, padH + 1);
                left = rng.Next(0, padW + 1);
                break;
        }

        return new CropParams(-left, -top, w + padW, h + padH);
    }

    private static int Need(int size, int min, int divisor)
    {
        if (divisor > 0)
        {
            return (divisor - size % divisor) % divisor;
        }

        return Math.Max(0, min - size);
    }

    /// <inheritdoc/>
    protected override void CheckLimits(Sample sample, CropParams parameters, ResourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(limits);
        limits.CheckOutput(Name, Options.PadWidthDivisor > 0 || Options.PadHeightDivisor > 0 ? "pad_width_divisor" : "min_width", parameters.Width, parameters.Height);
    }

    /// <inheritdoc/>
    public override GeometricPlan Plan(int width, int height, CropParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return GeometricPlan.Window(parameters.X, parameters.Y, parameters.Width, parameters.Height,
            Padding.ToBorder(Options.PaddingMode), Options.Fill, (byte)Options.FillMask);
    }
}
