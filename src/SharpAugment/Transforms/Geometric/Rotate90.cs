using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Rotates every target by whole quarter turns, exactly (no interpolation).</summary>
public sealed class Rotate90(Rotate90Options options) : ImageTransform<Rotate90Options, Rotate90Params>("rotate90", options)
{
    /// <inheritdoc/>
    public override Rotate90Params SampleParams(Sample sample, Rng rng) => new(Options.K.Sample(rng));

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, Rotate90Params parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return (((parameters.K % 4) + 4) % 4) switch
        {
            0 => sample,
            1 => PixelMaps.Apply(sample, PixelMap.Rotate90),
            2 => PixelMaps.Apply(sample, PixelMap.Rotate180),
            _ => PixelMaps.Apply(sample, PixelMap.Rotate270),
        };
    }
}
