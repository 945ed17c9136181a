using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Blend with a 3x3 smoothed image (torchvision adjust_sharpness); masks, boxes and keypoints are untouched.</summary>
public sealed class Sharpness(SharpnessOptions options) : PixelTransform<SharpnessOptions, SharpnessParams>("sharpness", options)
{
    /// <inheritdoc/>
    public override SharpnessParams SampleParams(Sample sample, Rng rng) => new(Options.Factor.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, SharpnessParams parameters) => PhotometricOps.Sharpness(image, parameters.Factor);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, SharpnessParams parameters) => PhotometricOps.Sharpness(image, parameters.Factor);
}
