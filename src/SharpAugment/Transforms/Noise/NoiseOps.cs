using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Noise;

/// <summary>Shared steps of the noise transforms: Poisson draws, OpenCV's float RGB/HLS conversion, byte/float round trips.</summary>
internal static class NoiseOps
{
    /// <summary>A Poisson(lambda) draw: Knuth's product method below 30, otherwise a rounded normal N(lambda, lambda) (NumPy uses PTRS there; the moments agree).</summary>
    internal static int Poisson(Rng rng, double lambda)
    {
        if (!(lambda > 0))
        {
            return 0;
        }

        if (lambda >= 30)
        {
            return Math.Max(0, (int)Math.Round(rng.Normal(lambda, Math.Sqrt(lambda))));
        }

        double limit = Math.Exp(-lambda), product = rng.NextDouble();
        int k = 0;
        while (product > limit)
        {
            k++;
            product *= rng.NextDouble();
        }

        return k;
    }

    /// <summary>The [0, 1] float values of an image (bytes / 255, as Albumentations' float32_io), as a new array.</summary>
    internal static float[] ToUnit(IImage image) => image switch
    {
        Image<byte> b => Array.ConvertAll(b.Pixels, v => v / 255f),
        Image<float> f => (float[])f.Pixels.Clone(),
        _ => throw new NotSupportedException(image?.GetType().Name),
    };

    /// <summary>An image of the input's pixel type from [0, 1] values: bytes rounded half to even and saturated (Albumentations' from_float), floats as they are; alpha is taken from the input.</summary>
    internal static IImage FromUnit(IImage like, float[] values)
    {
        switch (like)
        {
            case Image<byte> b:
            {
                var dst = new Image<byte>(b.Width, b.Height, b.Channels);
                for (int i = 0; i < values.Length; i++)
                {
                    dst.Pixels[i] = (byte)Math.Clamp(MathF.Round(values[i] * 255f), 0f, 255f);
                }

                Quality.QualityOps.CopyAlpha<byte>(b.Pixels, dst.Pixels, b.Channels);
                return dst;
            }

            case Image<float> f:
            {
                var dst = new Image<float>(f.Width, f.Height, f.Channels);
                values.CopyTo(dst.Pixels, 0);
                Quality.QualityOps.CopyAlpha<float>(f.Pixels, dst.Pixels, f.Channels);
                return dst;
            }

            default:
                throw new NotSupportedException(like?.GetType().Name);
        }
    }

    /// <summary>OpenCV's float RGB to HLS: H in degrees [0, 360), L and S in [0, 1].</summary>
    internal static (float H, float L, float S) RgbToHls(float r, float g, float b)
    {
        float vmax = MathF.Max(r, MathF.Max(g, b)), vmin = MathF.Min(r, MathF.Min(g, b));
        float diff = vmax - vmin, l = (vmax + vmin) * 0.5f, h = 0, s = 0;
        if (diff > float.Epsilon)
        {
            s = l < 0.5f ? diff / (vmax + vmin) : diff / (2 - vmax - vmin);
            diff = 60f / diff;
            h = vmax == r ? (g - b) * diff : vmax == g ? ((b - r) * diff) + 120f : ((r - g) * diff) + 240f;
            if (h < 0)
            {
                h += 360f;
            }
        }

        return (h, l, s);
    }

    /// <summary>OpenCV's float HLS to RGB (H in degrees).</summary>
    internal static (float R, float G, float B) HlsToRgb(float h, float l, float s)
    {
        if (s == 0)
        {
            return (l, l, l);
        }

        float p2 = l <= 0.5f ? l * (1 + s) : l + s - (l * s);
        float p1 = (2 * l) - p2;
        h *= 6f / 360f;
        if (h < 0)
        {
            do
            {
                h += 6;
            }
            while (h < 0);
        }
        else
        {
            while (h >= 6)
            {
                h -= 6;
            }
        }

        int sector = (int)MathF.Floor(h);
        h -= sector;
        Span<float> tab = [p2, p1, p1 + ((p2 - p1) * (1 - h)), p1 + ((p2 - p1) * h)];
        // OpenCV's sector table gives (b, g, r) indices into tab.
        ReadOnlySpan<int> table = [1, 3, 0, 1, 0, 2, 3, 0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 0];
        int o = Math.Clamp(sector, 0, 5) * 3;
        return (tab[table[o + 2]], tab[table[o + 1]], tab[table[o]]);
    }
}
