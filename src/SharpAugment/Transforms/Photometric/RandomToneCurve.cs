using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>
/// Albumentations RandomToneCurve: a cubic Bezier from (0, 0) to (1, 1) with control heights low_y ~ N(0.25, scale) and
/// high_y ~ N(0.75, scale) (clipped to 0..1) as a table round(255 B(i/255)); one curve, or one per colour channel. Floats go
/// through bytes (uint8_io); RGBA keeps alpha.
/// </summary>
public sealed class RandomToneCurve(RandomToneCurveOptions options) : PixelTransform<RandomToneCurveOptions, RandomToneCurveParams>("random_tone_curve", options)
{
    /// <inheritdoc/>
    public override RandomToneCurveParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        int n = Options.PerChannel ? Math.Min(sample.Image.Channels, 3) : 1;
        var low = new double[n];
        var high = new double[n];
        for (int i = 0; i < n; i++)
        {
            low[i] = Math.Clamp(rng.Normal(0.25, Options.Scale), 0, 1);
        }

        for (int i = 0; i < n; i++)
        {
            high[i] = Math.Clamp(rng.Normal(0.75, Options.Scale), 0, 1);
        }

        return new(low, high);
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, RandomToneCurveParams parameters) => Curve(image, parameters);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, RandomToneCurveParams parameters) => AlbumentationsIo.ViaBytes(image, b => Curve(b, parameters));

    private static Image<byte> Curve(Image<byte> image, RandomToneCurveParams p)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(p);
        int colour = ColorChannels(image);
        var tables = new byte[256 * colour];
        for (int c = 0; c < colour; c++)
        {
            double low = p.LowY[Math.Min(c, p.LowY.Length - 1)], high = p.HighY[Math.Min(c, p.HighY.Length - 1)];
            for (int i = 0; i < 256; i++)
            {
                double t = i * (1.0 / 255), u = 1 - t;
                double v = ((3 * (u * u) * t * low) + (3 * u * (t * t) * high) + Math.Pow(t, 3)) * 255;
                tables[(256 * c) + i] = (byte)Math.Clamp(Math.Round(v), 0, 255);
            }
        }

        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Lut.ApplyPerChannel(image.Pixels, dst.Pixels, tables, image.Channels, colour);
        return dst;
    }
}
