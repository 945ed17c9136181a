using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>torchvision equalize: per-channel histogram equalization through one table per channel; float images are equalized on their rounded 0..255 values.</summary>
public sealed class Equalize(EqualizeOptions options) : PixelTransform<EqualizeOptions, NoParams>("equalize", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, NoParams parameters)
    {
        int cc = ColorChannels(image);
        Span<int> counts = stackalloc int[256 * 3];
        Span<byte> tables = stackalloc byte[256 * 3];
        if (cc > 0)
        {
            Histogram.CountChannels(image.Pixels, image.Channels, cc, counts);
        }

        for (int c = 0; c < cc; c++)
        {
            Histogram.EqualizeTable(counts.Slice(c * 256, 256), tables.Slice(c * 256, 256));
        }

        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Lut.ApplyPerChannel(image.Pixels, dst.Pixels, tables, image.Channels, cc);
        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, NoParams parameters)
    {
        var bytes = (Image<byte>)ApplyBytes(ImageConversions.ToBytes(image), parameters);
        var dst = ImageConversions.ToFloat(bytes);
        PhotometricOps.RestoreAlpha<float>(image.Pixels, dst.Pixels, image.Channels);
        return dst;
    }
}
