using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Adds pixels around every target (torchvision's pad); boxes and keypoints shift by the left and top padding.</summary>
public sealed class Pad(PadOptions options) : GeometricTransform<PadOptions, NoParams>("pad", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    protected override void CheckLimits(Sample sample, NoParams parameters, ResourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(limits);
        var (l, t, r, b) = Padding.Sides(Options.Padding);
        limits.CheckOutput(Name, "padding", (double)sample.Width + l + r, (double)sample.Height + t + b);
    }

    /// <inheritdoc/>
    public override GeometricPlan Plan(int width, int height, NoParams parameters)
    {
        var (l, t, r, b) = Padding.Sides(Options.Padding);
        return GeometricPlan.Window(-l, -t, width + l + r, height + t + b, Padding.ToBorder(Options.EffectiveMode), Options.Fill, (byte)Options.FillMask);
    }
}
