using System.Runtime.CompilerServices;

namespace SharpAugment.Kernels;

/// <summary>Maps an index outside [0, n) to the pixel a border mode reads, or -1 for the constant fill.</summary>
public static class Border
{
    /// <summary>The source index for <paramref name="i"/> on an axis of length <paramref name="n"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Index(int i, int n, BorderMode mode)
    {
        if ((uint)i < (uint)n)
        {
            return i;
        }

        switch (mode)
        {
            case BorderMode.Constant:
                return -1;
            case BorderMode.Replicate:
                return i < 0 ? 0 : n - 1;
            case BorderMode.Wrap:
                int w = i % n;
                return w < 0 ? w + n : w;
            case BorderMode.Reflect:
                if (n == 1)
                {
                    return 0;
                }

                int period = 2 * (n - 1);
                int r = i % period;
                r = r < 0 ? r + period : r;
                return r < n ? r : period - r;
            default:
                int p2 = 2 * n;
                int s = i % p2;
                s = s < 0 ? s + p2 : s;
                return s < n ? s : p2 - 1 - s;
        }
    }
}
