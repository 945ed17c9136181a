using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>torchvision adjust_gamma: gain * x^gamma on [0, 1] values, clamped; uint8 through one 256-entry table.</summary>
public sealed class Gamma(GammaOptions options) : PixelTransform<GammaOptions, GammaParams>("gamma", options)
{
    /// <inheritdoc/>
    public override GammaParams SampleParams(Sample sample, Rng rng) => new(Options.Gamma.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, GammaParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Span<byte> table = stackalloc byte[256];
        LutTables.Gamma(table, parameters.Gamma, Options.Gain);
        return PhotometricOps.WithTable(image, table);
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, GammaParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        float g = (float)parameters.Gamma;
        float gain = (float)Options.Gain;
        var dst = PhotometricOps.MapColor(image, g, static (x, e) => MathF.Pow(Math.Max(x, 0f), e));
        return PhotometricOps.MapColor(dst, gain, static (x, k) => Math.Clamp(k * x, 0f, 1f));
    }
}
