using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Noise;

/// <summary>Albumentations ShotNoise: in linear light (x^2.2), each element becomes Poisson((lin + scale * 1e-6) / scale) * scale, clipped to [0, 1] and raised to 1/2.2; bytes go through x / 255 and back rounded. Alpha, masks, boxes and keypoints are untouched.</summary>
public sealed class ShotNoise(ShotNoiseOptions options) : PixelTransform<ShotNoiseOptions, ShotNoiseParams>("shot_noise", options)
{
    /// <inheritdoc/>
    public override ShotNoiseParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double scale = Options.ScaleRange.Sample(rng);
        return new(scale, rng.NextUInt64());
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, ShotNoiseParams parameters) => Run(image, parameters);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, ShotNoiseParams parameters) => Run(image, parameters);

    private static IImage Run(IImage image, ShotNoiseParams p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (!(p.Scale > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p.Scale, "shot_noise: scale must be positive.");
        }

        var x = NoiseOps.ToUnit(image);
        var rng = new Rng(p.NoiseSeed);
        int channels = image.Channels, colour = ColorChannels(image);
        for (int i = 0; i < x.Length; i++)
        {
            if (i % channels >= colour)
            {
                continue;
            }

            double lin = Math.Pow(Math.Max(x[i], 0f), 2.2);
            double photons = NoiseOps.Poisson(rng, (lin + (p.Scale * 1e-6)) / p.Scale);
            x[i] = (float)Math.Pow(Math.Clamp(photons * p.Scale, 0, 1), 1 / 2.2);
        }

        return NoiseOps.FromUnit(image, x);
    }
}
