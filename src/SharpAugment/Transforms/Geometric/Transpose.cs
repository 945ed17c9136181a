using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Swaps rows and columns of every target (Albumentations' Transpose).</summary>
public sealed class Transpose(TransposeOptions options) : GeometricTransform<TransposeOptions, NoParams>("transpose", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    public override GeometricPlan Plan(int width, int height, NoParams parameters) => GeometricPlan.Rearrange(PixelMap.Transpose, width, height);
}
