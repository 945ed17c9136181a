using SharpAugment.Geometry;
using SharpAugment.Kernels;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Cuts the central window out of every target; a window larger than the image is padded with zeros, as torchvision's center_crop.</summary>
public sealed class CenterCrop(CenterCropOptions options) : GeometricTransform<CenterCropOptions, CropParams>("center_crop", options)
{
    /// <inheritdoc/>
    public override CropParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return Window(sample.Width, sample.Height, Options.Width, Options.Height);
    }

    /// <summary>torchvision's window: zero padding split floor/ceil when larger, then offsets round((size - crop) / 2) half to even.</summary>
    public static CropParams Window(int width, int height, int cropWidth, int cropHeight)
    {
        int padLeft = cropWidth > width ? (cropWidth - width) / 2 : 0;
        int padTop = cropHeight > height ? (cropHeight - height) / 2 : 0;
        int pw = width + (cropWidth > width ? cropWidth - width : 0);
        int ph = height + (cropHeight > height ? cropHeight - height : 0);
        int top = (int)Math.Round((ph - cropHeight) / 2.0);
        int left = (int)Math.Round((pw - cropWidth) / 2.0);
        return new CropParams(left - padLeft, top - padTop, cropWidth, cropHeight);
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
        return GeometricPlan.Window(parameters.X, parameters.Y, parameters.Width, parameters.Height, BorderMode.Constant, [0.0], 0);
    }
}
