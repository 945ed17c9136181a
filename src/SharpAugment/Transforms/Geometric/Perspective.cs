using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>A random projective warp: each corner moves inward by a random amount (torchvision's RandomPerspective); targets follow the homography.</summary>
public sealed class Perspective(PerspectiveOptions options) : GeometricTransform<PerspectiveOptions, PerspectiveParams>("perspective", options)
{
    /// <inheritdoc/>
    public override PerspectiveParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(rng);
        int w = sample.Width, h = sample.Height;
        int dw = (int)(Options.DistortionScale * (w / 2)), dh = (int)(Options.DistortionScale * (h / 2));
        int[] e =
        [
            rng.Next(0, dw + 1), rng.Next(0, dh + 1),
            rng.Next(w - dw - 1, w), rng.Next(0, dh + 1),
            rng.Next(w - dw - 1, w), rng.Next(h - dh - 1, h),
            rng.Next(0, dw + 1), rng.Next(h - dh - 1, h),
        ];
        return new PerspectiveParams(e);
    }

    /// <summary>torchvision's homography, which it defines as the inverse (output corners to input corners).</summary>
    public override GeometricPlan Plan(int width, int height, PerspectiveParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        int w = width, h = height;
        var e = parameters.EndPoints;
        (double, double)[] start = [(0, 0), (w - 1, 0), (w - 1, h - 1), (0, h - 1)];
        (double, double)[] end = [(e[0], e[1]), (e[2], e[3]), (e[4], e[5]), (e[6], e[7])];
        try
        {
            return GeometricPlan.FromInverse(Homography.FromPoints(end, start), w, h, Options.Resampling());
        }
        catch (InvalidOperationException)
        {
            // Corners drawn onto one line (possible on tiny images) define no warp; the sample is kept as it is.
            return GeometricPlan.Unchanged(w, h);
        }
    }
}
