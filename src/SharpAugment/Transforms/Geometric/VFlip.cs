using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Mirrors the sample top-bottom: image and masks exactly, boxes and keypoints through y' = H - y.</summary>
public sealed class VFlip(VFlipOptions options) : ImageTransform<VFlipOptions, NoParams>("vflip", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    public override Sample Apply(Sample sample, NoParams parameters) => PixelMaps.Apply(sample, PixelMap.VerticalFlip);
}
