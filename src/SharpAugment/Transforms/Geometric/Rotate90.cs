using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Rotates every target by whole quarter turns, exactly (no interpolation).</summary>
public sealed class Rotate90(Rotate90Options options) : GeometricTransform<Rotate90Options, Rotate90Params>("rotate90", options)
{
    /// <inheritdoc/>
    public override Rotate90Params SampleParams(Sample sample, Rng rng) => new(Options.K.Sample(rng));

    /// <inheritdoc/>
    public override GeometricPlan Plan(int width, int height, Rotate90Params parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return (((parameters.K % 4) + 4) % 4) switch
        {
            0 => GeometricPlan.Unchanged(width, height),
            1 => GeometricPlan.Rearrange(PixelMap.Rotate90, width, height),
            2 => GeometricPlan.Rearrange(PixelMap.Rotate180, width, height),
            _ => GeometricPlan.Rearrange(PixelMap.Rotate270, width, height),
        };
    }
}
