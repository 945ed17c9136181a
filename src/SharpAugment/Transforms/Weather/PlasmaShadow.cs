using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Weather;

/// <summary>Albumentations PlasmaShadow: x * (1 - intensity * plasma) with a diamond-square plasma pattern in [0, 1]; bytes truncated after clipping (albucore's clip). Alpha, masks, boxes and keypoints are untouched.</summary>
public sealed class PlasmaShadow(PlasmaShadowOptions options) : PixelTransform<PlasmaShadowOptions, PlasmaShadowParams>("plasma_shadow", options)
{
    /// <inheritdoc/>
    public override PlasmaShadowParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double intensity = Options.ShadowIntensityRange.Sample(rng);
        return new(intensity, rng.NextUInt64());
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, PlasmaShadowParams parameters) => Run(image, parameters, v => (byte)Math.Clamp(v, 0f, 255f), b => b);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, PlasmaShadowParams parameters) => Run(image, parameters, v => Math.Clamp(v, 0f, 1f), f => f);

    private Image<T> Run<T>(Image<T> image, PlasmaShadowParams p, Func<float, T> store, Func<T, float> load)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(p);
        var pattern = PlasmaPattern.Generate(image.Width, image.Height, Options.Roughness, new Rng(p.PatternSeed));
        var dst = image.Clone();
        int channels = image.Channels, colour = ColorChannels(image);
        float k = (float)p.Intensity;
        for (int i = 0; i < pattern.Length; i++)
        {
            float f = 1 - (pattern[i] * k);
            for (int c = 0; c < colour; c++)
            {
                int o = (i * channels) + c;
                dst.Pixels[o] = store(load(dst.Pixels[o]) * f);
            }
        }

        return dst;
    }
}
