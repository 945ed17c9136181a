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
        Span<byte> table = stackalloc byte[256];
        LutTables.Invert(table);
        return PhotometricOps.WithTable(image, table);
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, NoParams parameters) =>
        PhotometricOps.MapColor(image, 1f, static (x, one) => one - x);
}
