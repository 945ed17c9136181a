using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Noise;

/// <summary>Albumentations MultiplicativeNoise: x * m with m uniform in the range, one for the image, per channel, per pixel or per element; bytes rounded half to even and saturated, floats not clipped. Alpha, masks, boxes and keypoints are untouched.</summary>
public sealed class MultiplicativeNoise(MultiplicativeNoiseOptions options) : PixelTransform<MultiplicativeNoiseOptions, MultiplicativeNoiseParams>("multiplicative_noise", options)
{
    /// <inheritdoc/>
    public override MultiplicativeNoiseParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return new(rng.NextUInt64());
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, MultiplicativeNoiseParams parameters) =>
        Multiply(image, parameters, (v, m) => (byte)Math.Clamp(MathF.Round(v * m), 0f, 255f));

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, MultiplicativeNoiseParams parameters) => Multiply(image, parameters, (v, m) => v * m);

    private Image<T> Multiply<T>(Image<T> image, MultiplicativeNoiseParams parameters, Func<T, float, T> scale)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        var m = Multipliers(image, parameters);
        var dst = image.Clone();
        var d = dst.Pixels;
        int channels = image.Channels, colour = ColorChannels(image);
        for (int i = 0; i < d.Length; i++)
        {
            int c = i % channels;
            if (c < colour)
            {
                d[i] = scale(d[i], m(i / channels, c));
            }
        }

        return dst;
    }

    // The multiplier of (pixel, channel), drawn in a fixed order from the seed.
    private Func<int, int, float> Multipliers(IImage image, MultiplicativeNoiseParams p)
    {
        var rng = new Rng(p.NoiseSeed);
        int colour = ColorChannels(image);
        int perPixel = Options.PerChannel ? colour : 1;
        int pixels = Options.Elementwise ? image.Width * image.Height : 1;
        var values = new float[pixels * perPixel];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)Options.Multiplier.Sample(rng);
        }

        bool elementwise = Options.Elementwise, perChannel = Options.PerChannel;
        return (pixel, c) => values[((elementwise ? pixel : 0) * perPixel) + (perChannel ? c : 0)];
    }
}
