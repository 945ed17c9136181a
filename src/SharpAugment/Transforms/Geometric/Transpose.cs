using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Swaps rows and columns of every target (Albumentations' Transpose).</summary>
public sealed class Transpose(TransposeOptions options) : ImageTransform<TransposeOptions, NoParams>("transpose", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, NoParams parameters) => PixelMaps.Apply(sample, PixelMap.Transpose);
}
