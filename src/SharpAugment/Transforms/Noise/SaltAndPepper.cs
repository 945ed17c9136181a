using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Noise;

/// <summary>Albumentations SaltAndPepper: int(area * amount) distinct pixels are chosen; the first int(that * salt ratio) become the maximum value (255 or 1) in every colour channel, the rest 0. Alpha, masks, boxes and keypoints are untouched.</summary>
public sealed class SaltAndPepper(SaltAndPepperOptions options) : PixelTransform<SaltAndPepperOptions, SaltAndPepperParams>("salt_and_pepper", options)
{
    /// <inheritdoc/>
    public override SaltAndPepperParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double amount = Options.Amount.Sample(rng);
        double ratio = Options.SaltVsPepper.Sample(rng);
        return new(amount, ratio, rng.NextUInt64());
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, SaltAndPepperParams parameters) => Run(image, parameters, (byte)255);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, SaltAndPepperParams parameters) => Run(image, parameters, 1f);

    /// <summary>The salt pixels and the pepper pixels (indices into width * height) of one draw.</summary>
    public static (int[] Salt, int[] Pepper) Positions(int width, int height, SaltAndPepperParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        int area = width * height;
        int count = Math.Min(area, (int)(area * parameters.Amount));
        int salt = (int)(count * parameters.SaltRatio);
        // A partial Fisher-Yates shuffle: the first `count` entries are a uniform choice without replacement.
        var order = new int[area];
        for (int i = 0; i < area; i++)
        {
            order[i] = i;
        }

        var rng = new Rng(parameters.NoiseSeed);
        for (int i = 0; i < count; i++)
        {
            int j = rng.Next(i, area);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return (order[..salt], order[salt..count]);
    }

    private static Image<T> Run<T>(Image<T> image, SaltAndPepperParams parameters, T max)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        var (salt, pepper) = Positions(image.Width, image.Height, parameters);
        var dst = image.Clone();
        int channels = image.Channels, colour = ColorChannels(image);
        foreach (int p in salt)
        {
            dst.Pixels.AsSpan(p * channels, colour).Fill(max);
        }

        foreach (int p in pepper)
        {
            dst.Pixels.AsSpan(p * channels, colour).Clear();
        }

        return dst;
    }
}
