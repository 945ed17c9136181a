using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>timm's SolarizeAdd: x &lt; threshold becomes min(255, x + addition) (floats in 0..1 units), through a lookup table.</summary>
public sealed class SolarizeAdd(SolarizeAddOptions options) : PixelTransform<SolarizeAddOptions, SolarizeAddParams>("solarize_add", options)
{
    /// <inheritdoc/>
    public override SolarizeAddParams SampleParams(Sample sample, Rng rng) => new(Options.Addition.Sample(rng));

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, SolarizeAddParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Span<byte> table = stackalloc byte[256];
        int add = (int)parameters.Addition;
        for (int i = 0; i < 256; i++)
        {
            table[i] = i < Options.Threshold ? (byte)Math.Clamp(i + add, 0, 255) : (byte)i;
        }

        return PhotometricOps.WithTable(image, table);
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, SolarizeAddParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        float add = (float)(parameters.Addition / 255.0), threshold = (float)(Options.Threshold / 255.0);
        return PhotometricOps.MapColor(image, add, (x, a) => x < threshold ? Math.Clamp(x + a, 0f, 1f) : x);
    }
}
