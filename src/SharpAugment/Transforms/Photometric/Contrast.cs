using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Blend with the mean gray (torchvision adjust_contrast); masks, boxes and keypoints are untouched.</summary>
public sealed class Contrast(ContrastOptions options) : PixelTransform<ContrastOptions, ContrastParams>("contrast", options)
{
    /// <inheritdoc/>
    public override ContrastParams SampleParams(Sample sample, Rng rng) => new(Options.Factor.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, ContrastParams parameters) => PhotometricOps.Contrast(image, parameters.Factor);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, ContrastParams parameters) => PhotometricOps.Contrast(image, parameters.Factor);
}
