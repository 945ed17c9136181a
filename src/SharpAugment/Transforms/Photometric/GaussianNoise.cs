using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>torchvision v2 gaussian_noise: x + mean + sigma * N(0, 1) on [0, 1] values, clamped; bytes go through x/255 and back with rounding. Alpha is untouched.</summary>
public sealed class GaussianNoise(GaussianNoiseOptions options) : PixelTransform<GaussianNoiseOptions, GaussianNoiseParams>("gaussian_noise", options)
{
    /// <inheritdoc/>
    public override GaussianNoiseParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double mean = Options.Mean.Sample(rng);
        double sigma = Options.Sigma.Sample(rng);
        return new GaussianNoiseParams(mean, sigma, rng.NextUInt64());
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, GaussianNoiseParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var noise = new Rng(parameters.NoiseSeed);
        var dst = image.Clone();
        var d = dst.Pixels;
        int channels = image.Channels;
        int cc = ColorChannels(image);
        for (int i = 0; i < d.Length; i += channels)
        {
            for (int c = 0; c < cc; c++)
            {
                double v = (d[i + c] / 255.0) + parameters.Mean + (parameters.Sigma * noise.Normal());
                d[i + c] = (byte)Math.Clamp(Math.Round(v * 255.0), 0.0, 255.0);
            }
        }

        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, GaussianNoiseParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var noise = new Rng(parameters.NoiseSeed);
        var dst = image.Clone();
        var d = dst.Pixels;
        int channels = image.Channels;
        int cc = ColorChannels(image);
        bool clip = Options.Clip;
        for (int i = 0; i < d.Length; i += channels)
        {
            for (int c = 0; c < cc; c++)
            {
                float v = (float)(d[i + c] + parameters.Mean + (parameters.Sigma * noise.Normal()));
                d[i + c] = clip ? Math.Clamp(v, 0f, 1f) : v;
            }
        }

        return dst;
    }
}
