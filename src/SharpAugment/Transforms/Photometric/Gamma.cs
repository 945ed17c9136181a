using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>torchvision adjust_gamma: gain * x^gamma on [0, 1] values, clamped; uint8 through one 256-entry table.</summary>
public sealed class Gamma(GammaOptions options) : PixelTransform<GammaOptions, FactorParams>("gamma", options)
{
    /// <inheritdoc/>
    public override FactorParams SampleParams(Sample sample, Rng rng) => new(Options.Gamma.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, FactorParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Span<byte> table = stackalloc byte[256];
        LutTables.Gamma(table, parameters.Factor, Options.Gain);
        return PhotometricOps.WithTable(image, table);
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, FactorParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        float g = (float)parameters.Factor;
        float gain = (float)Options.Gain;
        var dst = PhotometricOps.MapColor(image, g, static (x, e) => MathF.Pow(Math.Max(x, 0f), e));
        return PhotometricOps.MapColor(dst, gain, static (x, k) => Math.Clamp(k * x, 0f, 1f));
    }
}
