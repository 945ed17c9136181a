using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>torchvision solarize: x &gt;= threshold becomes 255 - x (1 - x for floats, threshold / 255).</summary>
public sealed class Solarize(SolarizeOptions options) : PixelTransform<SolarizeOptions, SolarizeParams>("solarize", options)
{
    /// <inheritdoc/>
    public override SolarizeParams SampleParams(Sample sample, Rng rng) => new(Options.Threshold.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, SolarizeParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        PointOps.Solarize(image.Pixels, dst.Pixels, parameters.Threshold, image.Channels);
        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, SolarizeParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        float t = (float)(parameters.Threshold / 255.0);
        return PhotometricOps.MapColor(image, t, static (x, th) => x >= th ? 1f - x : x);
    }
}
