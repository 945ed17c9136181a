using System.Runtime.CompilerServices;

namespace SharpAugment.Randomness;

/// <summary>A seeded, counter-based random stream: output i is a pure function of (key, i), so streams are reproducible per sample and thread-count independent.</summary>
/// <remarks>
/// The generator is SplitMix64 (a Weyl counter through a strong 64-bit finalizer). The key is derived from
/// (seed, epoch, index) with the same finalizer, so sample i of epoch e can be regenerated alone.
/// An instance is not thread-safe; give every sample its own stream with <see cref="ForSample"/> or <see cref="Fork"/>.
/// </remarks>
public sealed class Rng
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private readonly ulong _key;
    private ulong _counter;
    private double? _spareNormal;

    /// <summary>Creates a stream from a seed (epoch 0, index 0).</summary>
    public Rng(ulong seed) : this(Mix(seed ^ 0x5851F42D4C957F2DUL), 0)
    {
    }

    private Rng(ulong key, ulong counter)
    {
        _key = key;
        _counter = counter;
    }

    /// <summary>The stream for one sample of one epoch, independent of how work is split across threads.</summary>
    public static Rng ForSample(ulong seed, long epoch, long index)
    {
        ulong k = Mix(seed ^ 0x5851F42D4C957F2DUL);
        k = Mix(k ^ Mix(unchecked((ulong)epoch) + 0x632BE59BD9B4E019UL));
        k = Mix(k ^ Mix(unchecked((ulong)index) + 0x8CB92BA72F3D8DD7UL));
        return new Rng(k, 0);
    }

    /// <summary>An independent child stream named by <paramref name="stream"/>; the parent is not advanced.</summary>
    public Rng Fork(ulong stream) => new(Mix(_key ^ Mix(stream + Golden)), 0);

    /// <summary>A copy at the same position, so a draw sequence can be repeated exactly.</summary>
    public Rng Clone() => new(_key, _counter) { _spareNormal = _spareNormal };

    /// <summary>How many 64-bit words have been drawn; useful to check that a code path draws nothing.</summary>
    public ulong Position => _counter;

    /// <summary>The next 64 uniformly random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        _counter++;
        return Mix(_key + _counter * Golden);
    }

    /// <summary>The next 32 uniformly random bits.</summary>
    public uint NextUInt32() => (uint)(NextUInt64() >> 32);

    /// <summary>A double uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A float uniform in [0, 1) with 24 random bits.</summary>
    public float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1 << 24));

    /// <summary>An integer uniform in [0, <paramref name="maxExclusive"/>), without modulo bias (Lemire's method).</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "Rng.Next: maxExclusive must be positive.");
        }

        return (int)NextBounded((ulong)maxExclusive);
    }

    /// <summary>An integer uniform in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int minInclusive, int maxExclusive)
    {
        if (maxExclusive <= minInclusive)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, $"Rng.Next: maxExclusive must exceed minInclusive ({minInclusive}).");
        }

        return minInclusive + (int)NextBounded((ulong)((long)maxExclusive - minInclusive));
    }

    private ulong NextBounded(ulong range)
    {
        ulong x = NextUInt64();
        ulong hi = Math.BigMul(x, range, out ulong lo);
        if (lo < range)
        {
            ulong threshold = (0UL - range) % range;
            while (lo < threshold)
            {
                x = NextUInt64();
                hi = Math.BigMul(x, range, out lo);
            }
        }

        return hi;
    }

    /// <summary>A double uniform in [lo, hi); returns lo without drawing when lo == hi, so constants cost no randomness.</summary>
    public double Uniform(double lo, double hi) => lo == hi ? lo : lo + (hi - lo) * NextDouble();

    /// <summary>True with probability p; draws nothing when p is 0 or 1, so always-on transforms do not shift the stream.</summary>
    public bool Bernoulli(double p) => p >= 1.0 || (p > 0.0 && NextDouble() < p);

    /// <summary>A standard normal draw scaled to (mean, std), by the polar Box-Muller method.</summary>
    public double Normal(double mean = 0.0, double std = 1.0)
    {
        if (_spareNormal is double spare)
        {
            _spareNormal = null;
            return mean + std * spare;
        }

        double u, v, s;
        do
        {
            u = 2.0 * NextDouble() - 1.0;
            v = 2.0 * NextDouble() - 1.0;
            s = u * u + v * v;
        }
        while (s >= 1.0 || s == 0.0);

        double f = Math.Sqrt(-2.0 * Math.Log(s) / s);
        _spareNormal = v * f;
        return mean + std * u * f;
    }

    /// <summary>A Gamma(shape, 1) draw (Marsaglia and Tsang), the building block of Beta and Dirichlet.</summary>
    public double Gamma(double shape)
    {
        if (!(shape > 0) || double.IsInfinity(shape))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "Rng.Gamma: shape must be a positive finite number.");
        }

        if (shape < 1.0)
        {
            double u = NextDouble();
            return Gamma(shape + 1.0) * Math.Pow(u == 0 ? double.Epsilon : u, 1.0 / shape);
        }

        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal();
                v = 1.0 + c * x;
            }
            while (v <= 0);

            v = v * v * v;
            double u = NextDouble();
            if (u < 1.0 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1.0 - v + Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    /// <summary>A Beta(a, b) draw, as Mixup and CutMix sample their mixing weight.</summary>
    public double Beta(double a, double b)
    {
        double x = Gamma(a);
        double y = Gamma(b);
        double s = x + y;
        return s > 0 ? x / s : (NextDouble() < a / (a + b) ? 1.0 : 0.0);
    }

    /// <summary>Fills <paramref name="result"/> with a Dirichlet(alpha) draw, as AugMix weighs its chains.</summary>
    public void Dirichlet(ReadOnlySpan<double> alpha, Span<double> result)
    {
        if (alpha.Length != result.Length)
        {
            throw new ArgumentException("Rng.Dirichlet: alpha and result must have the same length.", nameof(result));
        }

        double sum = 0;
        for (int i = 0; i < alpha.Length; i++)
        {
            result[i] = Gamma(alpha[i]);
            sum += result[i];
        }

        for (int i = 0; i < result.Length; i++)
        {
            result[i] = sum > 0 ? result[i] / sum : 1.0 / result.Length;
        }
    }

    /// <summary>Shuffles in place with Fisher-Yates, so every permutation is equally likely.</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>A uniformly random permutation of 0..n-1.</summary>
    public int[] Permutation(int n)
    {
        var p = new int[n];
        for (int i = 0; i < n; i++)
        {
            p[i] = i;
        }

        Shuffle<int>(p);
        return p;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
