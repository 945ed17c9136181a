using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Rotates every target counter-clockwise about the centre, with torchvision's tensor-path geometry (optionally expanding the canvas).</summary>
public sealed class Rotate(RotateOptions options) : GeometricTransform<RotateOptions, RotateParams>("rotate", options)
{
    /// <inheritdoc/>
    public override RotateParams SampleParams(Sample sample, Rng rng) => new(Options.Angle.Sample(rng));

    /// <summary>torchvision's rotation: its centred inverse (rotate passes -angle to the affine matrix) on a canvas grown to hold the whole image when expanding.</summary>
    public override GeometricPlan Plan(int width, int height, RotateParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        double cx = Options.Center.Length == 2 ? Options.Center[0] - width * 0.5 : 0;
        double cy = Options.Center.Length == 2 ? Options.Center[1] - height * 0.5 : 0;
        var theta = AffineMatrix.TorchvisionInverse(cx, cy, -parameters.Angle, 0, 0, 1, 0, 0);
        var (ow, oh) = Options.Expand ? AffineMatrix.ExpandedSize(theta, width, height) : (width, height);
        return GeometricPlan.TorchvisionAffine(theta, width, height, ow, oh, Options.Resampling());
    }

    /// <inheritdoc/>
    protected override void CheckLimits(Sample sample, RotateParams parameters, ResourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(limits);
        if (Options.Expand)
        {
            var plan = Plan(sample.Width, sample.Height, parameters);
            limits.CheckOutput(Name, "expand", plan.Width, plan.Height);
        }
    }

}
