using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Scales every target so its longest (or smallest) side equals max_size, keeping the aspect ratio (sizes rounded half to even, as Python's round).</summary>
public sealed class MaxSizeResize : GeometricTransform<MaxSizeOptions, SizeParams>
{
    private readonly bool _longest;

    /// <summary>Creates <c>longest_max_size</c> (longest = true) or <c>smallest_max_size</c>.</summary>
    public MaxSizeResize(MaxSizeOptions options, bool longest)
        : base(longest ? "longest_max_size" : "smallest_max_size", options)
    {
        _longest = longest;
    }

    /// <inheritdoc/>
    public override SizeParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        int target = Options.MaxSize.Sample(rng);
        int side = _longest ? Math.Max(sample.Width, sample.Height) : Math.Min(sample.Width, sample.Height);
        double scale = (double)target / side;
        return new SizeParams(Math.Max(1, (int)Math.Round(sample.Width * scale)), Math.Max(1, (int)Math.Round(sample.Height * scale)));
    }

    /// <inheritdoc/>
    protected override void CheckLimits(Sample sample, SizeParams parameters, ResourceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(limits);
        limits.CheckOutput(Name, "max_size", parameters.Width, parameters.Height);
    }

    /// <inheritdoc/>
    public override GeometricPlan Plan(int width, int height, SizeParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return GeometricPlan.Resize(width, height, parameters.Width, parameters.Height, Options.Interpolation, Options.Antialias);
    }
}
