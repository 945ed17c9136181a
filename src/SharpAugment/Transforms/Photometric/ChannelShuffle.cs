using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Albumentations ChannelShuffle: permutes the colour channels (R, G, B; alpha stays last); gray images are unchanged.</summary>
public sealed class ChannelShuffle(ChannelShuffleOptions options) : PixelTransform<ChannelShuffleOptions, ChannelShuffleParams>("channel_shuffle", options)
{
    /// <inheritdoc/>
    public override ChannelShuffleParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(rng);
        return new ChannelShuffleParams(rng.Permutation(Math.Min(sample.Image.Channels, 3)));
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, ChannelShuffleParams parameters) => Shuffle(image, parameters);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, ChannelShuffleParams parameters) => Shuffle(image, parameters);

    private Image<T> Shuffle<T>(Image<T> image, ChannelShuffleParams parameters)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        int cc = ColorChannels(image);
        if (parameters.Order.Count != cc)
        {
            throw new ArgumentException($"{Name}: the order has {parameters.Order.Count} channels but the image has {cc} colour channels.", nameof(parameters));
        }

        Span<int> order = stackalloc int[3];
        for (int c = 0; c < cc; c++)
        {
            order[c] = parameters.Order[c];
        }

        var dst = image.Clone();
        var s = image.Pixels;
        var d = dst.Pixels;
        int channels = image.Channels;
        for (int i = 0; i < s.Length; i += channels)
        {
            for (int c = 0; c < cc; c++)
            {
                d[i + c] = s[i + order[c]];
            }
        }

        return dst;
    }
}
