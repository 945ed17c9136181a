using SharpAugment.Imaging;
using SharpAugment.Kernels;

namespace SharpAugment.Geometry;

/// <summary>A separable resize to the plan's size (masks nearest); after a window inside the input it reads straight from that window, with no cropped copy.</summary>
/// <param name="Interpolation">The image filter.</param>
/// <param name="Antialias">Whether downscaling widens the filter (torchvision's antialias).</param>
public sealed record ResizeResampling(Interpolation Interpolation, bool Antialias) : Resampling
{
    /// <inheritdoc/>
    internal override bool Keeps(GeometricPlan plan, int width, int height) => plan.Before is null && plan.Width == width && plan.Height == height;

    /// <inheritdoc/>
    internal override bool Fuses(GeometricPlan plan, int width, int height) =>
        plan.Before is { Resampling: WindowResampling window } before && window.Inside(before, width, height)
        && (before.Width != plan.Width || before.Height != plan.Height);

    /// <inheritdoc/>
    internal override Image<T> Resample<T>(Image<T> image, GeometricPlan plan, bool mask)
    {
        var interpolation = mask ? Interpolation.Nearest : Interpolation;
        bool antialias = !mask && Antialias;
        if (plan.Before is { Resampling: WindowResampling window } before)
        {
            return SampleGeometry.ResizeWindow(image, window.X, window.Y, before.Width, before.Height, plan.Width, plan.Height, interpolation, antialias);
        }

        return SampleGeometry.ResizeImage(image, plan.Width, plan.Height, interpolation, antialias);
    }
}
