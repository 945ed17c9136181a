using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>
/// Albumentations RandomGamma: x^gamma with gamma = gamma_limit / 100. Bytes go through Albumentations' truncating
/// table (i * (1/255))^gamma * 255 cast to uint8, so even gamma 1 lowers some levels by one, as there; floats are
/// powered directly. Colour channels only (alpha kept).
/// </summary>
public sealed class RandomGamma(RandomGammaOptions options) : PixelTransform<RandomGammaOptions, RandomGammaParams>("random_gamma", options)
{
    /// <inheritdoc/>
    public override RandomGammaParams SampleParams(Sample sample, Rng rng) => new(Options.GammaLimit.Sample(rng) / 100.0);

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, RandomGammaParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Span<byte> table = stackalloc byte[256];
        for (int i = 0; i < 256; i++)
        {
            table[i] = (byte)Math.Clamp(Math.Pow(i * (1.0 / 255), parameters.Gamma) * 255, 0, 255);
        }

        return PhotometricOps.WithTable(image, table);
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, RandomGammaParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return PhotometricOps.MapColor(image, (float)parameters.Gamma, static (x, g) => Math.Clamp(MathF.Pow(Math.Max(x, 0f), g), 0f, 1f));
    }
}
