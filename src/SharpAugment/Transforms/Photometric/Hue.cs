using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Rotate hue in HSV (torchvision adjust_hue); masks, boxes and keypoints are untouched.</summary>
public sealed class Hue(HueOptions options) : PixelTransform<HueOptions, HueParams>("hue", options)
{
    /// <inheritdoc/>
    public override HueParams SampleParams(Sample sample, Rng rng) => new(Options.Factor.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, HueParams parameters) => PhotometricOps.Hue(image, parameters.Factor);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, HueParams parameters) => PhotometricOps.Hue(image, parameters.Factor);
}
