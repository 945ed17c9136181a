using SharpAugment.Imaging;
using SharpAugment.Kernels;

namespace SharpAugment.Geometry;

/// <summary>Copies the window at (X, Y) of the plan's size; parts outside the input read the border (a crop, or a pad with negative X, Y).</summary>
/// <param name="X">Left column of the window in the input.</param>
/// <param name="Y">Top row of the window in the input.</param>
/// <param name="Border">What is read outside the input.</param>
/// <param name="Fill">Image fill for a constant border in 0..255 units, one value or one per channel.</param>
/// <param name="MaskFill">The class id written where masks read outside.</param>
public sealed record WindowResampling(int X, int Y, BorderMode Border, IReadOnlyList<double> Fill, byte MaskFill) : Resampling
{
    /// <summary>Whether the window lies inside a width x height input.</summary>
    internal bool Inside(GeometricPlan plan, int width, int height) =>
        X >= 0 && Y >= 0 && X + plan.Width <= width && Y + plan.Height <= height;

    /// <inheritdoc/>
    internal override Image<T> Resample<T>(Image<T> image, GeometricPlan plan, bool mask) =>
        SampleGeometry.CropImage(image, X, Y, plan.Width, plan.Height, Border, mask ? [MaskFill] : SampleGeometry.FillFor(image, Fill));
}
