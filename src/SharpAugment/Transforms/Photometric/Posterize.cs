using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>torchvision posterize: keeps the top bits of each channel (x &amp; mask); floats use torchvision v2's floor(x * 2^bits) / 2^bits.</summary>
public sealed class Posterize(PosterizeOptions options) : PixelTransform<PosterizeOptions, PosterizeParams>("posterize", options)
{
    /// <inheritdoc/>
    public override PosterizeParams SampleParams(Sample sample, Rng rng) => new(Options.Bits.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, PosterizeParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        int bits = parameters.Bits;
        if (image.Channels < 4)
        {
            // x & mask as a vector op: faster than the table when there is no alpha to skip.
            var dst = new Image<byte>(image.Width, image.Height, image.Channels);
            byte mask = (byte)(bits == 0 ? 0 : (0xFF << (8 - bits)) & 0xFF);
            System.Numerics.Tensors.TensorPrimitives.BitwiseAnd<byte>(image.Pixels, mask, dst.Pixels);
            return dst;
        }

        Span<byte> table = stackalloc byte[256];
        LutTables.Posterize(table, bits);
        return PhotometricOps.WithTable(image, table);
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, PosterizeParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        int bits = parameters.Bits;
        if (bits >= 8)
        {
            return image.Clone();
        }

        float levels = 1 << bits;
        return PhotometricOps.MapColor(image, levels, static (x, l) => Math.Clamp(MathF.Floor(x * l), 0f, l - 1f) / l);
    }
}
