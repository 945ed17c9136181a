using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Multiply brightness (torchvision adjust_brightness); masks, boxes and keypoints are untouched.</summary>
public sealed class Brightness(BrightnessOptions options) : PixelTransform<BrightnessOptions, BrightnessParams>("brightness", options)
{
    /// <inheritdoc/>
    public override BrightnessParams SampleParams(Sample sample, Rng rng) => new(Options.Factor.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, BrightnessParams parameters) => PhotometricOps.Brightness(image, parameters.Factor);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, BrightnessParams parameters) => PhotometricOps.Brightness(image, parameters.Factor);
}
