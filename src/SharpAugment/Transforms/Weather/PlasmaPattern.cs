using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Weather;

/// <summary>Albumentations' generate_plasma_pattern: diamond-square from a 3x3 uniform(-1, 1) grid, noise scale roughness^step, min-max normalized after every step, cropped to the image and normalized to [0, 1].</summary>
internal static class PlasmaPattern
{
    /// <summary>A height x width pattern in [0, 1] (row-major), drawn from <paramref name="rng"/>.</summary>
    internal static float[] Generate(int width, int height, double roughness, Rng rng)
    {
        int maxDim = Math.Max(width, height);
        int steps = maxDim <= 3 ? 0 : (int)Math.Ceiling(Math.Log2(maxDim - 1)) - 1;
        int n = 3;
        var grid = new float[9];
        for (int i = 0; i < 9; i++)
        {
            grid[i] = (float)rng.Uniform(-1, 1);
        }

        for (int s = 0; s < steps; s++)
        {
            grid = Step(grid, n, (float)Math.Pow(roughness, s), rng);
            n = ((n - 1) * 2) + 1;
        }

        var pattern = new float[width * height];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                pattern[(y * width) + x] = y < n && x < n ? grid[(y * n) + x] : 0f;
            }
        }

        Normalize(pattern);
        return pattern;
    }

    private static float[] Step(float[] grid, int n, float scale, Rng rng)
    {
        int m = ((n - 1) * 2) + 1;
        var noise = new float[m * m];
        for (int i = 0; i < noise.Length; i++)
        {
            noise[i] = (float)rng.Uniform(-scale, scale);
        }

        var g = new float[m * m];
        for (int y = 0; y < n; y++)
        {
            for (int x = 0; x < n; x++)
            {
                g[(2 * y * m) + (2 * x)] = grid[(y * n) + x] + noise[(2 * y * m) + (2 * x)];
            }
        }

        // Diamond: the mean of the four diagonal neighbours (zero outside), added where it is positive.
        AddWhere(g, noise, m, [(-1, -1), (-1, 1), (1, -1), (1, 1)]);
        // Square: the mean of the four edge neighbours, added where it is positive.
        AddWhere(g, noise, m, [(-1, 0), (1, 0), (0, -1), (0, 1)]);
        Normalize(g);
        return g;
    }

    private static void AddWhere(float[] g, float[] noise, int m, (int Dy, int Dx)[] taps)
    {
        var interp = new float[g.Length];
        for (int y = 0; y < m; y++)
        {
            for (int x = 0; x < m; x++)
            {
                float sum = 0;
                foreach (var (dy, dx) in taps)
                {
                    int yy = y + dy, xx = x + dx;
                    if ((uint)yy < (uint)m && (uint)xx < (uint)m)
                    {
                        sum += 0.25f * g[(yy * m) + xx];
                    }
                }

                interp[(y * m) + x] = sum;
            }
        }

        for (int i = 0; i < g.Length; i++)
        {
            if (interp[i] > 0)
            {
                g[i] += interp[i] + noise[i];
            }
        }
    }

    // cv2.normalize(NORM_MINMAX) to [0, 1]; a constant array becomes 0.
    private static void Normalize(float[] v)
    {
        float lo = float.MaxValue, hi = float.MinValue;
        foreach (float x in v)
        {
            lo = Math.Min(lo, x);
            hi = Math.Max(hi, x);
        }

        float scale = hi > lo ? 1f / (hi - lo) : 0f;
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = Math.Clamp((v[i] - lo) * scale, 0f, 1f);
        }
    }
}
