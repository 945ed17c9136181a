using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>torchvision invert: 255 - x (1 - x for floats) on the colour channels.</summary>
public sealed class Invert(InvertOptions options) : PixelTransform<InvertOptions, NoParams>("invert", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, NoParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Channels < 4)
        {
            // 255 - x is the bitwise complement: a vector op beats the table when there is no alpha to skip.
            var inverted = new Image<byte>(image.Width, image.Height, image.Channels);
            System.Numerics.Tensors.TensorPrimitives.OnesComplement<byte>(image.Pixels, inverted.Pixels);
            return inverted;
        }

        Span<byte> table = stackalloc byte[256];
        LutTables.Invert(table);
        return PhotometricOps.WithTable(image, table);
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, NoParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Channels == 4)
        {
            return PhotometricOps.MapColor(image, 1f, static (x, one) => one - x);
        }

        var dst = new Image<float>(image.Width, image.Height, image.Channels);
        System.Numerics.Tensors.TensorPrimitives.Subtract(1f, image.Pixels, dst.Pixels);
        return dst;
    }
}
