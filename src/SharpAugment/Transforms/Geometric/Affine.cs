using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Rotation, translation, scale and shear in one warp, with torchvision's matrix; boxes and keypoints move through the same matrix.</summary>
public sealed class Affine(AffineOptions options) : GeometricTransform<AffineOptions, AffineParams>("affine", options)
{
    /// <inheritdoc/>
    public override AffineParams SampleParams(Sample sample, Rng rng)
    {
        double angle = Options.Angle.Sample(rng);
        double tx = Options.Translate.Length > 0 ? Options.Translate[0].Sample(rng) : 0;
        double ty = Options.Translate.Length > 1 ? Options.Translate[1].Sample(rng) : 0;
        double scale = Options.Scale.Sample(rng);
        double sx = Options.Shear.Length > 0 ? Options.Shear[0].Sample(rng) : 0;
        double sy = Options.Shear.Length > 1 ? Options.Shear[1].Sample(rng) : 0;
        return new AffineParams(angle, tx, ty, scale, sx, sy);
    }

    /// <summary>torchvision's affine matrix (its centred inverse) on the same canvas.</summary>
    public override GeometricPlan Plan(int width, int height, AffineParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        double cx = Options.Center.Length == 2 ? Options.Center[0] - width * 0.5 : 0;
        double cy = Options.Center.Length == 2 ? Options.Center[1] - height * 0.5 : 0;
        var theta = AffineMatrix.TorchvisionInverse(cx, cy, parameters.Angle, parameters.TranslateX, parameters.TranslateY,
            parameters.Scale, parameters.ShearX, parameters.ShearY);
        return GeometricPlan.TorchvisionAffine(theta, width, height, width, height, Options.Resampling());
    }
}
