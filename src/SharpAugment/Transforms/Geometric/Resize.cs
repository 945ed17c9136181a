using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Resizes every target (torchvision's resize; antialiased bilinear by default).</summary>
public sealed class Resize(ResizeOptions options) : GeometricTransform<ResizeOptions, SizeParams>("resize", options)
{
    /// <inheritdoc/>
    public override SizeParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var (w, h) = OutputSize(sample.Width, sample.Height);
        return new SizeParams(w, h);
    }

    /// <summary>The output size for an input size.</summary>
    public (int Width, int Height) OutputSize(int width, int height)
    {
        var o = Options;
        if (o.Size > 0)
        {
            bool wide = width >= height;
            int shortSide = wide ? height : width, longSide = wide ? width : height;
            int newShort = o.Size, newLong = (int)((long)o.Size * longSide / shortSide);
            if (o.MaxSize > 0 && newLong > o.MaxSize)
            {
                newShort = (int)((long)o.MaxSize * newShort / newLong);
                newLong = o.MaxSize;
            }

            return wide ? (newLong, Math.Max(1, newShort)) : (Math.Max(1, newShort), newLong);
        }

        int w = o.Width > 0 ? o.Width : Math.Max(1, (int)Math.Round((double)width * o.Height / height));
        int h = o.Height > 0 ? o.Height : Math.Max(1, (int)Math.Round((double)height * o.Width / width));
        return (w, h);
    }

    /// <inheritdoc/>
    protected override void CheckLimits(Sample sample, SizeParams parameters, ResourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(limits);
        limits.CheckOutput(Name, Options.Size > 0 ? "size" : "width", parameters.Width, parameters.Height);
    }

    /// <inheritdoc/>
    public override GeometricPlan Plan(int width, int height, SizeParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return GeometricPlan.Resize(width, height, parameters.Width, parameters.Height, Options.Interpolation, Options.Antialias);
    }
}
