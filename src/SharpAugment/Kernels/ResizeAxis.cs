namespace SharpAugment.Kernels;

/// <summary>Precomputed taps of a 1-D resampling: for each output index, source indices and weights (separable resize, as PIL and torch build them).</summary>
public sealed class ResizeAxis
{
    private ResizeAxis(int inSize, int outSize, int taps, int[] index, float[] weight)
    {
        InSize = inSize;
        OutSize = outSize;
        Taps = taps;
        Index = index;
        Weight = weight;
    }

    /// <summary>Source length.</summary>
    public int InSize { get; }

    /// <summary>Output length.</summary>
    public int OutSize { get; }

    /// <summary>Taps per output element (unused taps have weight 0 and index 0).</summary>
    public int Taps { get; }

    /// <summary>Source indices, OutSize x Taps.</summary>
    public int[] Index { get; }

    /// <summary>Weights, OutSize x Taps.</summary>
    public float[] Weight { get; }

    /// <summary>Builds the taps for one axis.</summary>
    /// <param name="inSize">Source length.</param>
    /// <param name="outSize">Output length.</param>
    /// <param name="interpolation">The filter.</param>
    /// <param name="antialias">Whether downscaling widens the filter (torchvision antialias=True, PIL).</param>
    public static ResizeAxis Create(int inSize, int outSize, Interpolation interpolation, bool antialias)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outSize, 1);
        double scale = (double)inSize / outSize;
        return interpolation switch
        {
            Interpolation.Nearest => NearestTaps(inSize, outSize),
            Interpolation.Area when scale > 1 => AreaTaps(inSize, outSize, scale),
            Interpolation.Bicubic when !antialias => CubicTaps(inSize, outSize, scale),
            Interpolation.Bicubic => FilterTaps<PilBicubicFilter>(inSize, outSize, scale, antialias, 2.0),
            _ => FilterTaps<TriangleFilter>(inSize, outSize, scale, antialias, 1.0),
        };
    }

    /// <summary>A resampling filter as a type, so the tap loops call it directly (no delegate per tap).</summary>
    private interface IFilter
    {
        /// <summary>The filter's value at x.</summary>
        static abstract double At(double x);
    }

    /// <summary>The bilinear (triangle) filter.</summary>
    private readonly struct TriangleFilter : IFilter
    {
        public static double At(double x)
        {
            x = Math.Abs(x);
            return x < 1.0 ? 1.0 - x : 0.0;
        }
    }

    /// <summary>PIL's bicubic filter (a = -0.5).</summary>
    private readonly struct PilBicubicFilter : IFilter
    {
        public static double At(double x)
        {
            const double a = -0.5;
            x = Math.Abs(x);
            if (x < 1.0)
            {
                return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
            }

            return x < 2.0 ? (((x - 5) * x + 8) * x - 4) * a : 0.0;
        }
    }

    /// <summary>torch's legacy nearest: source = min(floor(i * scale), n - 1) with a float32 scale.</summary>
    private static ResizeAxis NearestTaps(int inSize, int outSize)
    {
        float scale = (float)inSize / outSize;
        var index = new int[outSize];
        var weight = new float[outSize];
        for (int i = 0; i < outSize; i++)
        {
            index[i] = NearestIndex(i, scale, inSize);
            weight[i] = 1f;
        }

        return new ResizeAxis(inSize, outSize, 1, index, weight);
    }

    /// <summary>The PIL / torch antialias scheme: a filter of the given support, widened by the scale when downscaling, normalized over the taps inside the image.</summary>
    private static ResizeAxis FilterTaps<TFilter>(int inSize, int outSize, double scale, bool antialias, double baseSupport)
        where TFilter : struct, IFilter
    {
        bool widen = antialias && scale > 1.0;
        double support = widen ? baseSupport * scale : baseSupport;
        double invScale = widen ? 1.0 / scale : 1.0;
        int taps = (int)Math.Ceiling(support) * 2 + 1;
        var index = new int[outSize * taps];
        var weight = new float[outSize * taps];
        var tmp = new double[taps];
        for (int i = 0; i < outSize; i++)
        {
            int count = FilterTap<TFilter>(i, inSize, scale, support, invScale, tmp, weight.AsSpan(i * taps, taps), out int xmin);
            for (int j = 0; j < count; j++)
            {
                index[i * taps + j] = xmin + j;
            }
        }

        return new ResizeAxis(inSize, outSize, taps, index, weight);
    }

    /// <summary>torch's legacy nearest index for output i.</summary>
    private static int NearestIndex(int i, float scale, int inSize) => Math.Min((int)MathF.Floor(i * scale), inSize - 1);

    /// <summary>The weights of output i (for source indices xmin, xmin+1, ...), normalized over the taps inside the image; returns how many were set.</summary>
    private static int FilterTap<TFilter>(int i, int inSize, double scale, double support, double invScale, Span<double> tmp, Span<float> weight, out int xmin)
        where TFilter : struct, IFilter
    {
        double center = scale * (i + 0.5);
        xmin = Math.Max((int)(center - support + 0.5), 0);
        int xmax = Math.Min((int)(center + support + 0.5), inSize);
        int count = Math.Min(xmax - xmin, tmp.Length);
        double total = 0;
        for (int j = 0; j < count; j++)
        {
            double wv = TFilter.At((j + xmin - center + 0.5) * invScale);
            tmp[j] = wv;
            total += wv;
        }

        for (int j = 0; j < count; j++)
        {
            weight[j] = total != 0 ? (float)(tmp[j] / total) : 0f;
        }

        return count;
    }

    /// <summary>The taps of <see cref="Create"/> as pairs of adjacent source pixels, written without allocating: output i reads
    /// first[i] with weight w0[i] and first[i] + 1 with w1[i]. Returns false when some output needs other taps (wider filters,
    /// or a source of one pixel).</summary>
    /// <remarks>The weights are Create's floats: a tap Create gives weight 0 (or does not list) gets weight 0 here, so
    /// w0 * a + w1 * b adds the same nonzero products as Create's taps, and a sum of two floats does not depend on their order.</remarks>
    internal static bool TwoTaps(int inSize, int outSize, Interpolation interpolation, bool antialias, Span<int> first, Span<float> w0, Span<float> w1)
    {
        if (inSize < 2 || outSize < 1)
        {
            return false;
        }

        double scale = (double)inSize / outSize;
        if (interpolation == Interpolation.Nearest)
        {
            float fscale = (float)inSize / outSize;
            for (int i = 0; i < outSize; i++)
            {
                int k = NearestIndex(i, fscale, inSize);
                bool last = k == inSize - 1;
                first[i] = last ? k - 1 : k;
                w0[i] = last ? 0f : 1f;
                w1[i] = last ? 1f : 0f;
            }

            return true;
        }

        bool triangle = interpolation is Interpolation.Bilinear || (interpolation is Interpolation.Area && scale <= 1);
        if (!triangle || (antialias && scale > 1.0))
        {
            return false;
        }

        Span<double> tmp = stackalloc double[3];
        Span<float> weight = stackalloc float[3];
        for (int i = 0; i < outSize; i++)
        {
            int count = FilterTap<TriangleFilter>(i, inSize, scale, 1.0, 1.0, tmp, weight, out int xmin);
            int lo = -1, hi = -1;
            for (int j = 0; j < count; j++)
            {
                if (weight[j] != 0)
                {
                    if (lo < 0)
                    {
                        lo = j;
                    }

                    hi = j;
                }
            }

            if (lo < 0)
            {
                // No weight inside the image (cannot happen for the triangle, kept for safety): both taps weigh 0.
                first[i] = 0;
                w0[i] = 0f;
                w1[i] = 0f;
            }
            else if (hi > lo + 1)
            {
                return false;
            }
            else if (hi == lo + 1 || xmin + lo + 1 < inSize)
            {
                first[i] = xmin + lo;
                w0[i] = weight[lo];
                w1[i] = hi == lo + 1 ? weight[hi] : 0f;
            }
            else
            {
                // A single tap on the last pixel: pair it with the pixel before, weighted 0.
                first[i] = xmin + lo - 1;
                w0[i] = 0f;
                w1[i] = weight[lo];
            }
        }

        return true;
    }

    /// <summary>torch's non-antialiased bicubic: four taps around scale * (i + 0.5) - 0.5 with a = -0.75 and clamped indices.</summary>
    private static ResizeAxis CubicTaps(int inSize, int outSize, double scale)
    {
        var index = new int[outSize * 4];
        var weight = new float[outSize * 4];
        Span<float> w = stackalloc float[4];
        for (int i = 0; i < outSize; i++)
        {
            float src = (float)(scale * (i + 0.5) - 0.5);
            float f = MathF.Floor(src);
            Warp.CubicWeights(src - f, -0.75f, w);
            for (int k = 0; k < 4; k++)
            {
                index[i * 4 + k] = Math.Clamp((int)f - 1 + k, 0, inSize - 1);
                weight[i * 4 + k] = w[k];
            }
        }

        return new ResizeAxis(inSize, outSize, 4, index, weight);
    }

    /// <summary>OpenCV's INTER_AREA for shrinking: each output averages the source interval it covers, partial pixels weighted by coverage.</summary>
    private static ResizeAxis AreaTaps(int inSize, int outSize, double scale)
    {
        int taps = (int)Math.Ceiling(scale) + 2;
        var index = new int[outSize * taps];
        var weight = new float[outSize * taps];
        for (int i = 0; i < outSize; i++)
        {
            double f1 = i * scale, f2 = f1 + scale;
            int s1 = (int)Math.Ceiling(f1), s2 = (int)Math.Floor(f2);
            int k = 0;
            if (s1 - f1 > 1e-3)
            {
                index[i * taps + k] = s1 - 1;
                weight[i * taps + k++] = (float)((s1 - f1) / scale);
            }

            for (int j = s1; j < s2 && j < inSize; j++)
            {
                index[i * taps + k] = j;
                weight[i * taps + k++] = (float)(1.0 / scale);
            }

            if (f2 - s2 > 1e-3 && s2 < inSize)
            {
                index[i * taps + k] = s2;
                weight[i * taps + k++] = (float)(Math.Min(f2 - s2, 1.0) / scale);
            }
        }

        return new ResizeAxis(inSize, outSize, taps, index, weight);
    }
}
