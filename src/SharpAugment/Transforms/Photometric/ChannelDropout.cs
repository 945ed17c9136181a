using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>
/// Albumentations ChannelDropout: n channels (n drawn from channel_drop_range) chosen without replacement are set to
/// fill. Albumentations counts alpha as a channel and raises on gray images and when the range reaches the channel
/// count; here only colour channels drop (alpha is kept), gray images are returned unchanged and n is capped at
/// channels - 1.
/// </summary>
public sealed class ChannelDropout(ChannelDropoutOptions options) : PixelTransform<ChannelDropoutOptions, ChannelDropoutParams>("channel_dropout", options)
{
    /// <inheritdoc/>
    public override ChannelDropoutParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        int channels = Math.Min(sample.Image.Channels, 3);
        if (channels < 2)
        {
            return new([]);
        }

        int n = Math.Min(Options.ChannelDropRange.Sample(rng), channels - 1);
        var order = rng.Permutation(channels);
        return new(order[..n]);
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, ChannelDropoutParams parameters) =>
        Drop(image, parameters, (byte)Math.Clamp(Math.Round(Options.Fill), 0, 255));

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, ChannelDropoutParams parameters) =>
        Drop(image, parameters, (float)(Options.Fill / 255));

    private static Image<T> Drop<T>(Image<T> image, ChannelDropoutParams p, T fill)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(p);
        var dst = image.Clone();
        foreach (int c in p.Channels)
        {
            if ((uint)c >= (uint)image.Channels)
            {
                continue;
            }

            for (int i = c; i < dst.Pixels.Length; i += image.Channels)
            {
                dst.Pixels[i] = fill;
            }
        }

        return dst;
    }
}
