using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Albumentations FromFloat: float pixels become clip(rint(x * max_value), 0, 255) bytes (round half to even); a byte image passes through unchanged.</summary>
public sealed class FromFloat(FromFloatOptions options) : PixelTransform<FromFloatOptions, NoParams>("from_float", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, NoParams parameters) => image;

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, NoParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = new Image<byte>(image.Width, image.Height, image.Channels);
        var s = image.Pixels;
        var d = dst.Pixels;
        float k = (float)Options.MaxValue;
        for (int i = 0; i < s.Length; i++)
        {
            float v = MathF.Round(s[i] * k);
            d[i] = float.IsNaN(v) ? (byte)0 : (byte)Math.Clamp(v, 0f, 255f);
        }

        return dst;
    }
}
