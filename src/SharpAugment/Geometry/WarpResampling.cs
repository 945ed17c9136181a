using SharpAugment.Imaging;
using SharpAugment.Kernels;

namespace SharpAugment.Geometry;

/// <summary>Reads each output pixel through the plan's inverse matrix: the image with its interpolation and fill, masks nearest with the mask fill.</summary>
/// <param name="Interpolation">Interpolation for the image (masks always use nearest).</param>
/// <param name="Border">What is read outside the input.</param>
/// <param name="Fill">Image fill for a constant border in 0..255 units, one value or one per channel.</param>
/// <param name="MaskFill">The class id written where masks read outside.</param>
public sealed record WarpResampling(Interpolation Interpolation, BorderMode Border, IReadOnlyList<double> Fill, byte MaskFill) : Resampling
{
    /// <inheritdoc/>
    internal override Image<T> Resample<T>(Image<T> image, GeometricPlan plan, bool mask) =>
        mask
            ? SampleGeometry.WarpImage(image, plan.Inverse, plan.CentredInverse, plan.Width, plan.Height, Interpolation.Nearest, Border, [MaskFill])
            : SampleGeometry.WarpImage(image, plan.Inverse, plan.CentredInverse, plan.Width, plan.Height, Interpolation, Border, SampleGeometry.FillFor(image, Fill));
}
