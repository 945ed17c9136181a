using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Mirrors the sample top-bottom: image and masks exactly, boxes and keypoints through y' = H - y.</summary>
public sealed class VFlip(VFlipOptions options) : GeometricTransform<VFlipOptions, NoParams>("vflip", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    public override GeometricPlan Plan(int width, int height, NoParams parameters) => GeometricPlan.Rearrange(PixelMap.VerticalFlip, width, height);
}
