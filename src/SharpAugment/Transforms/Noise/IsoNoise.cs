using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Noise;

/// <summary>
/// Albumentations ISONoise (camera sensor noise) on [0, 1] floats in OpenCV's float HLS: per pixel, L += Poisson(std(L) *
/// intensity) * intensity * (1 - L) and H += N(0, color_shift * intensity), then back to RGB, clipped; bytes go through
/// x / 255 and back rounded. Albumentations accepts only RGB; a gray image here gets the luminance noise on its one
/// channel (L = x), and RGBA keeps its alpha. Masks, boxes and keypoints are untouched.
/// </summary>
public sealed class IsoNoise(IsoNoiseOptions options) : PixelTransform<IsoNoiseOptions, IsoNoiseParams>("iso_noise", options)
{
    /// <inheritdoc/>
    public override IsoNoiseParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double shift = Options.ColorShift.Sample(rng);
        double intensity = Options.Intensity.Sample(rng);
        return new(shift, intensity, rng.NextUInt64());
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, IsoNoiseParams parameters) => Run(image, parameters);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, IsoNoiseParams parameters) => Run(image, parameters);

    private static IImage Run(IImage image, IsoNoiseParams p)
    {
        var x = NoiseOps.ToUnit(image);
        int channels = image.Channels, n = image.Width * image.Height;
        bool rgb = channels >= 3;
        var h = new float[n];
        var l = new float[n];
        var s = new float[n];
        for (int i = 0; i < n; i++)
        {
            int o = i * channels;
            (h[i], l[i], s[i]) = rgb ? NoiseOps.RgbToHls(x[o], x[o + 1], x[o + 2]) : (0f, x[o], 0f);
        }

        // cv2.meanStdDev: the population standard deviation of L.
        double mean = 0, sq = 0;
        foreach (float v in l)
        {
            mean += v;
        }

        mean /= n;
        foreach (float v in l)
        {
            sq += (v - mean) * (v - mean);
        }

        double lambda = Math.Sqrt(sq / n) * p.Intensity;
        var rng = new Rng(p.NoiseSeed);
        float intensity = (float)p.Intensity;
        for (int i = 0; i < n; i++)
        {
            float lum = NoiseOps.Poisson(rng, lambda);
            float colour = (float)rng.Normal(0, p.ColorShift * p.Intensity);
            h[i] += colour;
            l[i] += lum * intensity * (1f - l[i]);
            int o = i * channels;
            if (rgb)
            {
                var (r, g, b) = NoiseOps.HlsToRgb(h[i], l[i], s[i]);
                x[o] = Math.Clamp(r, 0f, 1f);
                x[o + 1] = Math.Clamp(g, 0f, 1f);
                x[o + 2] = Math.Clamp(b, 0f, 1f);
            }
            else
            {
                x[o] = Math.Clamp(l[i], 0f, 1f);
            }
        }

        return NoiseOps.FromUnit(image, x);
    }
}
