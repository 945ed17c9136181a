using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Multiply brightness (torchvision adjust_brightness); masks, boxes and keypoints are untouched.</summary>
public sealed class Brightness(BrightnessOptions options) : PixelTransform<BrightnessOptions, FactorParams>("brightness", options)
{
    /// <inheritdoc/>
    public override FactorParams SampleParams(Sample sample, Rng rng) => new(Options.Factor.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, FactorParams parameters) => PhotometricOps.Brightness(image, parameters.Factor);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, FactorParams parameters) => PhotometricOps.Brightness(image, parameters.Factor);
}
