using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Rotate hue in HSV (torchvision adjust_hue); masks, boxes and keypoints are untouched.</summary>
public sealed class Hue(HueOptions options) : PixelTransform<HueOptions, FactorParams>("hue", options)
{
    /// <inheritdoc/>
    public override FactorParams SampleParams(Sample sample, Rng rng) => new(Options.Factor.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, FactorParams parameters) => PhotometricOps.Hue(image, parameters.Factor);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, FactorParams parameters) => PhotometricOps.Hue(image, parameters.Factor);
}
