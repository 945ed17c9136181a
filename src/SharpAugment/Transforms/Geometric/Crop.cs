using SharpAugment.Geometry;
using SharpAugment.Kernels;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Cuts a fixed window out of every target; a window reaching outside the image is an error.</summary>
public sealed class Crop(CropOptions options) : GeometricTransform<CropOptions, CropParams>("crop", options)
{
    /// <inheritdoc/>
    public override CropParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var o = Options;
        if (o.X + o.Width > sample.Width || o.Y + o.Height > sample.Height)
        {
            throw new TransformParameterException(Name, o.X + o.Width > sample.Width ? "width" : "height",
                $"window ({o.X}, {o.Y}, {o.Width}x{o.Height})", $"a window inside the {sample.Width}x{sample.Height} image");
        }

        return new CropParams(o.X, o.Y, o.Width, o.Height);
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
