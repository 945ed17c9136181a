using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Resizes every target by a random factor; sizes are truncated as Albumentations' scale does.</summary>
public sealed class RandomScale(RandomScaleOptions options) : GeometricTransform<RandomScaleOptions, SizeParams>("random_scale", options)
{
    /// <inheritdoc/>
    public override SizeParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        double f = 1 + Options.ScaleLimit.Sample(rng);
        return new SizeParams(Math.Max(1, (int)(sample.Width * f)), Math.Max(1, (int)(sample.Height * f)));
    }

    /// <inheritdoc/>
    protected override void CheckLimits(Sample sample, SizeParams parameters, ResourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(limits);
        limits.CheckOutput(Name, "scale_limit", parameters.Width, parameters.Height);
    }

    /// <inheritdoc/>
    public override GeometricPlan Plan(int width, int height, SizeParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return GeometricPlan.Resize(width, height, parameters.Width, parameters.Height, Options.Interpolation, Options.Antialias);
    }
}
