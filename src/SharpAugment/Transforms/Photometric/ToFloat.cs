using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Albumentations ToFloat: byte pixels become x / max_value floats; a float image passes through unchanged.</summary>
public sealed class ToFloat(ToFloatOptions options) : PixelTransform<ToFloatOptions, NoParams>("to_float", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, NoParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = new Image<float>(image.Width, image.Height, image.Channels);
        System.Numerics.Tensors.TensorPrimitives.ConvertChecked<byte, float>(image.Pixels, dst.Pixels);
        System.Numerics.Tensors.TensorPrimitives.Divide(dst.Pixels, (float)Options.MaxValue, dst.Pixels);
        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, NoParams parameters) => image;
}
