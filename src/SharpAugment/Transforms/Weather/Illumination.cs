using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Weather;

/// <summary>
/// Albumentations Illumination: multiplies the image by a light pattern. Linear: a gradient g over [0, 1] at the angle
/// (x cos a + y sin a on linspace coordinates; its fast paths for multiples of 45 degrees), reversed when darkening,
/// scaled to 1 - |i| .. 1 + |i|, applied on x / 255 and rounded back. Corner: 1 - i * distance / diagonal from one
/// corner. Gaussian: 1 + i * exp(-d^2 / (2 (sigma * longer side)^2)) around the centre. Corner and gaussian results on
/// bytes are clipped and truncated, as albucore's clip. Alpha, masks, boxes and keypoints are untouched.
/// </summary>
public sealed class Illumination(IlluminationOptions options) : PixelTransform<IlluminationOptions, IlluminationParams>("illumination", options)
{
    /// <inheritdoc/>
    public override IlluminationParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double intensity = Options.IntensityRange.Sample(rng);
        int sign = Options.EffectType switch
        {
            IlluminationEffect.Brighten => 1,
            IlluminationEffect.Darken => -1,
            _ => rng.NextDouble() > 0.5 ? 1 : -1,
        };
        intensity *= sign;
        return Options.Mode switch
        {
            IlluminationMode.Linear => new(intensity, Options.AngleRange.Sample(rng), 0, 0, 0, 0),
            IlluminationMode.Corner => new(intensity, 0, rng.Next(4), 0, 0, 0),
            _ => Gaussian(intensity, rng),
        };
    }

    private IlluminationParams Gaussian(double intensity, Rng rng)
    {
        double x = Options.CenterRange.Sample(rng);
        double y = Options.CenterRange.Sample(rng);
        return new(intensity, 0, 0, x, y, Options.SigmaRange.Sample(rng));
    }

    /// <summary>The per-pixel factor (height x width, row-major) of one draw.</summary>
    public float[] Pattern(int width, int height, IlluminationParams p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return Options.Mode switch
        {
            IlluminationMode.Linear => Linear(width, height, p.Intensity, p.Angle),
            IlluminationMode.Corner => Corner(width, height, p.Intensity, p.Corner),
            _ => GaussianSpot(width, height, p.Intensity, p.CenterX, p.CenterY, p.Sigma),
        };
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, IlluminationParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        var pattern = Pattern(image.Width, image.Height, parameters);
        bool linear = Options.Mode == IlluminationMode.Linear;
        var dst = image.Clone();
        if (linear)
        {
            // float32_io: x / 255 * g, then rint(* 255).
            Apply(dst.Pixels, pattern, image.Channels, ColorChannels(image), v => (byte)Math.Clamp(MathF.Round(v * 255f), 0f, 255f), b => b / 255f);
        }
        else
        {
            // cv2.multiply in float, then albucore's clip: np.clip and a truncating cast.
            Apply(dst.Pixels, pattern, image.Channels, ColorChannels(image), v => (byte)Math.Clamp(v, 0f, 255f), b => b);
        }

        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, IlluminationParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        var pattern = Pattern(image.Width, image.Height, parameters);
        var dst = image.Clone();
        Apply(dst.Pixels, pattern, image.Channels, ColorChannels(image), v => Math.Clamp(v, 0f, 1f), f => f);
        return dst;
    }

    private static void Apply<T>(T[] pixels, float[] pattern, int channels, int colour, Func<float, T> store, Func<T, float> load)
    {
        for (int p = 0; p < pattern.Length; p++)
        {
            for (int c = 0; c < colour; c++)
            {
                int i = (p * channels) + c;
                pixels[i] = store(load(pixels[i]) * pattern[p]);
            }
        }
    }

    // np.linspace(0, 1, n, dtype=float32): i * (1 / (n - 1)) in double, cast.
    private static float[] Linspace(int n)
    {
        var v = new float[n];
        double step = n > 1 ? 1.0 / (n - 1) : 0;
        for (int i = 0; i < n; i++)
        {
            v[i] = (float)(i * step);
        }

        if (n > 1)
        {
            v[n - 1] = 1f;
        }

        return v;
    }

    private static float[] Linear(int width, int height, double intensity, double angle)
    {
        var xs = Linspace(width);
        var ys = Linspace(height);
        var g = new float[width * height];
        bool diagonal = angle is 45 or 135 or 225 or 315;
        float cos = (float)Math.Cos(angle * Math.PI / 180), sin = (float)Math.Sin(angle * Math.PI / 180);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                float fx = xs[x], fy = ys[y];
                g[(y * width) + x] = angle switch
                {
                    0 => fx,
                    180 => 1 - fx,
                    90 => fy,
                    270 => 1 - fy,
                    45 => fx + fy,
                    135 => (1 - fx) + fy,
                    225 => (1 - fx) + (1 - fy),
                    315 => fx + (1 - fy),
                    _ => (fx * cos) + (fy * sin),
                };
            }
        }

        if (diagonal)
        {
            // cv2.normalize(..., 0, 1, NORM_MINMAX).
            float lo = g.Min(), hi = g.Max();
            float scale = hi > lo ? 1f / (hi - lo) : 0f;
            for (int i = 0; i < g.Length; i++)
            {
                g[i] = (g[i] - lo) * scale;
            }
        }

        float a = (float)Math.Abs(intensity);
        for (int i = 0; i < g.Length; i++)
        {
            float v = intensity < 0 ? 1 - g[i] : g[i];
            g[i] = (v * (2 * a)) + (1 - a);
        }

        return g;
    }

    private static float[] Corner(int width, int height, double intensity, int corner)
    {
        var g = new float[width * height];
        double diagonal = Math.Sqrt((height * (double)height) + (width * (double)width));
        (int cy, int cx) = corner switch
        {
            0 => (0, 0),
            1 => (0, width - 1),
            2 => (height - 1, width - 1),
            _ => (height - 1, 0),
        };
        float k = (float)(-intensity / diagonal);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                float d = MathF.Sqrt(((x - cx) * (x - cx)) + ((y - cy) * (y - cy)));
                g[(y * width) + x] = (d * k) + 1;
            }
        }

        return g;
    }

    private static float[] GaussianSpot(int width, int height, double intensity, double centerX, double centerY, double sigma)
    {
        var g = new float[width * height];
        double s = Math.Max(height, width) * sigma;
        float inv = (float)(-1 / (2 * s * s));
        float cx = (float)(width * centerX), cy = (float)(height * centerY);
        float i32 = (float)intensity;
        for (int y = 0; y < height; y++)
        {
            float dy = y - cy;
            for (int x = 0; x < width; x++)
            {
                float dx = x - cx;
                float d2 = (dx * dx) + (dy * dy);
                g[(y * width) + x] = (MathF.Exp(d2 * inv) * i32) + 1;
            }
        }

        return g;
    }
}
