using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Blend with the gray image (torchvision adjust_saturation); masks, boxes and keypoints are untouched.</summary>
public sealed class Saturation(SaturationOptions options) : PixelTransform<SaturationOptions, SaturationParams>("saturation", options)
{
    /// <inheritdoc/>
    public override SaturationParams SampleParams(Sample sample, Rng rng) => new(Options.Factor.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, SaturationParams parameters) => PhotometricOps.Saturation(image, parameters.Factor);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, SaturationParams parameters) => PhotometricOps.Saturation(image, parameters.Factor);
}
