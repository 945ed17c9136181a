using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Rotates every target counter-clockwise about the centre, with torchvision's tensor-path geometry (optionally expanding the canvas).</summary>
public sealed class Rotate(RotateOptions options) : ImageTransform<RotateOptions, RotateParams>("rotate", options)
{
    /// <inheritdoc/>
    public override RotateParams SampleParams(Sample sample, Rng rng) => new(Options.Angle.Sample(rng));

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, RotateParams parameters)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(parameters);
        var (theta, ow, oh) = Geometry(sample.Width, sample.Height, parameters.Angle);
        var inverse = AffineMatrix.CenteredToPixels(theta, sample.Width, sample.Height, ow, oh);
        return SampleGeometry.Warp(sample, inverse.Invert(), ow, oh, Options.Interpolation, Options.BorderMode, Options.Fill, (byte)Options.FillMask);
    }

    /// <inheritdoc/>
    protected override void CheckLimits(Sample sample, RotateParams parameters, ResourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(limits);
        if (Options.Expand)
        {
            var (_, ow, oh) = Geometry(sample.Width, sample.Height, parameters.Angle);
            limits.CheckOutput(Name, "expand", ow, oh);
        }
    }

    // torchvision's centred inverse matrix and the output size (grown to hold the whole image when expanding).
    private (Matrix3 Theta, int Width, int Height) Geometry(int w, int h, double angle)
    {
        double cx = Options.Center.Length == 2 ? Options.Center[0] - w * 0.5 : 0;
        double cy = Options.Center.Length == 2 ? Options.Center[1] - h * 0.5 : 0;
        var theta = AffineMatrix.TorchvisionInverse(cx, cy, -angle, 0, 0, 1, 0, 0);
        var (ow, oh) = Options.Expand ? AffineMatrix.ExpandedSize(theta, w, h) : (w, h);
        return (theta, ow, oh);
    }
}
