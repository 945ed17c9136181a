using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>torchvision autocontrast: stretches each colour channel so its minimum maps to 0 and its maximum to 255 (1 for floats).</summary>
public sealed class Autocontrast(AutocontrastOptions options) : PixelTransform<AutocontrastOptions, NoParams>("autocontrast", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, NoParams parameters)
    {
        int cc = ColorChannels(image);
        Span<byte> min = stackalloc byte[3];
        Span<byte> max = stackalloc byte[3];
        Histogram.MinMaxChannels(image.Pixels, image.Channels, cc, min, max);
        if (image.Channels == 3)
        {
            // RGB: the stretch computed at vector width gives the table's bytes without three scalar table walks.
            Span<float> lo = stackalloc float[3];
            Span<float> scale = stackalloc float[3];
            for (int c = 0; c < 3; c++)
            {
                (lo[c], scale[c]) = Histogram.AutocontrastCoefficients(min[c], max[c]);
            }

            var rgb = Image<byte>.CreateUninitialized(image.Width, image.Height, 3);
            PointOps.StretchRgb(image.Pixels, rgb.Pixels, lo, scale);
            return rgb;
        }

        Span<byte> tables = stackalloc byte[256 * 3];
        for (int c = 0; c < cc; c++)
        {
            Histogram.AutocontrastTable(min[c], max[c], tables.Slice(c * 256, 256));
        }

        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Lut.ApplyPerChannel(image.Pixels, dst.Pixels, tables, image.Channels, cc);
        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, NoParams parameters)
    {
        var dst = image.Clone();
        var d = dst.Pixels;
        int channels = image.Channels;
        for (int c = 0; c < ColorChannels(image); c++)
        {
            float min = float.PositiveInfinity;
            float max = float.NegativeInfinity;
            for (int i = c; i < d.Length; i += channels)
            {
                min = Math.Min(min, d[i]);
                max = Math.Max(max, d[i]);
            }

            float scale = 1f / (max - min);
            if (!float.IsFinite(scale))
            {
                min = 0f;
                scale = 1f;
            }

            for (int i = c; i < d.Length; i += channels)
            {
                d[i] = Math.Clamp((d[i] - min) * scale, 0f, 1f);
            }
        }

        return dst;
    }
}
