using SharpAugment.Imaging;
using SharpAugment.Geometry;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Mirrors the sample left-right: image and masks exactly, boxes and keypoints through x' = W - x.</summary>
public sealed class HFlip(HFlipOptions options) : GeometricTransform<HFlipOptions, NoParams>("hflip", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    public override GeometricPlan Plan(int width, int height, NoParams parameters) => GeometricPlan.Rearrange(PixelMap.HorizontalFlip, width, height);
}
