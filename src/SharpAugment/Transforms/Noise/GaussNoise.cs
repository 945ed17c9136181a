using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Noise;

/// <summary>Albumentations GaussNoise: adds N(mean, std) * max value (255 for bytes, 1 for floats) per element or per pixel, optionally drawn on a smaller grid and enlarged bilinearly; bytes are rounded and saturated, floats are not clipped (as Albumentations). Alpha, masks, boxes and keypoints are untouched.</summary>
public sealed class GaussNoise(GaussNoiseOptions options) : PixelTransform<GaussNoiseOptions, GaussNoiseParams>("gauss_noise", options)
{
    /// <inheritdoc/>
    public override GaussNoiseParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double std = Options.StdRange.Sample(rng);
        double mean = Options.MeanRange.Sample(rng);
        return new(std, mean, rng.NextUInt64());
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, GaussNoiseParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        var noise = Noise(image.Width, image.Height, ColorChannels(image), parameters, 255f);
        var dst = image.Clone();
        Add(dst.Pixels, noise, image.Channels, ColorChannels(image), v => (byte)Math.Clamp(MathF.Round(v), 0f, 255f), b => b);
        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, GaussNoiseParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        var noise = Noise(image.Width, image.Height, ColorChannels(image), parameters, 1f);
        var dst = image.Clone();
        Add(dst.Pixels, noise, image.Channels, ColorChannels(image), v => v, f => f);
        return dst;
    }

    private static void Add<T>(T[] pixels, float[] noise, int channels, int colour, Func<float, T> store, Func<T, float> load)
    {
        int n = pixels.Length / channels;
        for (int p = 0; p < n; p++)
        {
            for (int c = 0; c < colour; c++)
            {
                int i = (p * channels) + c;
                pixels[i] = store(load(pixels[i]) + noise[(p * colour) + c]);
            }
        }
    }

    // Noise for width x height x colour elements, in value units (times max).
    private float[] Noise(int width, int height, int colour, GaussNoiseParams p, float max)
    {
        var rng = new Rng(p.NoiseSeed);
        double f = Options.NoiseScaleFactor;
        int w = f >= 1 ? width : Math.Max(1, (int)(width * f));
        int h = f >= 1 ? height : Math.Max(1, (int)(height * f));
        int per = Options.PerChannel ? colour : 1;
        var grid = new Image<float>(w, h, per);
        var g = grid.Pixels;
        for (int i = 0; i < g.Length; i++)
        {
            g[i] = (float)rng.Normal(p.Mean, p.Std) * max;
        }

        if (w != width || h != height)
        {
            grid = SampleGeometry.ResizeImage(grid, width, height, Interpolation.Bilinear, antialias: false);
        }

        if (per == colour)
        {
            return grid.Pixels;
        }

        var full = new float[width * height * colour];
        for (int i = 0; i < width * height; i++)
        {
            full.AsSpan(i * colour, colour).Fill(grid.Pixels[i]);
        }

        return full;
    }
}
