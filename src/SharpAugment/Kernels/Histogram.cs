using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SharpAugment.Kernels.Vectorized;

namespace SharpAugment.Kernels;

/// <summary>Per-channel histograms and the tables built from them: equalize and autocontrast with torchvision 0.14's uint8 arithmetic.</summary>
public static class Histogram
{
    /// <summary>Counts the values of channel <paramref name="channel"/> into <paramref name="counts"/> (256 entries, cleared first).</summary>
    public static void Count(ReadOnlySpan<byte> src, int channels, int channel, Span<int> counts)
    {
        if (counts.Length < 256 || channel < 0 || channel >= channels)
        {
            throw new ArgumentException($"Histogram: needs 256 counts and a channel in [0, {channels}); got {counts.Length} and {channel}.", nameof(counts));
        }

        counts[..256].Clear();
        for (int i = channel; i < src.Length; i += channels)
        {
            counts[src[i]]++;
        }
    }

    /// <summary>Counts the first <paramref name="colorChannels"/> channels in one pass over the image: channel c's counts go to counts[256c .. 256c+255] (cleared first).</summary>
    public static void CountChannels(ReadOnlySpan<byte> src, int channels, int colorChannels, Span<int> counts)
    {
        if (colorChannels < 1 || colorChannels > channels || counts.Length < 256 * colorChannels || src.Length % channels != 0)
        {
            throw new ArgumentException($"Histogram: needs {256 * colorChannels} counts, 1..{channels} colour channels and whole pixels; got {counts.Length}, {colorChannels} and {src.Length} elements.", nameof(counts));
        }

        counts[..(256 * colorChannels)].Clear();
        ref int k = ref MemoryMarshal.GetReference(counts);
        ref byte s = ref MemoryMarshal.GetReference(src);
        int n = src.Length;
        if (colorChannels == 3)
        {
            // Neighbouring pixels often share a value; counting odd pixels into a second set of bins keeps one
            // increment from waiting on the previous one's store, then the two sets are added.
            Span<int> odd = stackalloc int[768];
            odd.Clear();
            ref int o = ref MemoryMarshal.GetReference(odd);
            int i = 0;
            for (; i <= n - (2 * channels); i += 2 * channels)
            {
                int j = i + channels;
                Unsafe.Add(ref k, Unsafe.Add(ref s, i))++;
                Unsafe.Add(ref o, Unsafe.Add(ref s, j))++;
                Unsafe.Add(ref k, 256 + Unsafe.Add(ref s, i + 1))++;
                Unsafe.Add(ref o, 256 + Unsafe.Add(ref s, j + 1))++;
                Unsafe.Add(ref k, 512 + Unsafe.Add(ref s, i + 2))++;
                Unsafe.Add(ref o, 512 + Unsafe.Add(ref s, j + 2))++;
            }

            for (; i < n; i += channels)
            {
                Unsafe.Add(ref k, Unsafe.Add(ref s, i))++;
                Unsafe.Add(ref k, 256 + Unsafe.Add(ref s, i + 1))++;
                Unsafe.Add(ref k, 512 + Unsafe.Add(ref s, i + 2))++;
            }

            System.Numerics.Tensors.TensorPrimitives.Add(counts[..768], odd, counts[..768]);
            return;
        }

        for (int i = 0; i < n; i += channels)
        {
            for (int c = 0; c < colorChannels; c++)
            {
                Unsafe.Add(ref k, (c << 8) + Unsafe.Add(ref s, i + c))++;
            }
        }
    }

    /// <summary>torchvision _scale_channel: step = (sum of the non-zero bins but the last) // 255; identity when step is 0; else lut[i] = (cumsum[i-1] + step//2) // step.</summary>
    public static void EqualizeTable(ReadOnlySpan<int> counts, Span<byte> table)
    {
        CheckTable(counts, table);
        int last = 255;
        while (last > 0 && counts[last] == 0)
        {
            last--;
        }

        long total = 0;
        for (int i = 0; i < 256; i++)
        {
            total += counts[i];
        }

        long step = (total - counts[last]) / 255;
        if (step == 0)
        {
            for (int i = 0; i < 256; i++)
            {
                table[i] = (byte)i;
            }

            return;
        }

        long cumulative = 0;
        table[0] = 0;
        for (int i = 1; i < 256; i++)
        {
            cumulative += counts[i - 1];
            table[i] = (byte)Math.Min(255, (cumulative + (step / 2)) / step);
        }
    }

    /// <summary>torchvision autocontrast on uint8: scale = float32 (1/(max-min))*255, trunc(clamp((x-min)*scale)); the identity when max == min.</summary>
    public static void AutocontrastTable(ReadOnlySpan<int> counts, Span<byte> table)
    {
        CheckTable(counts, table);
        int lo = 0;
        while (lo < 255 && counts[lo] == 0)
        {
            lo++;
        }

        int hi = 255;
        while (hi > 0 && counts[hi] == 0)
        {
            hi--;
        }

        AutocontrastTable(lo, hi, table);
    }

    /// <summary>The autocontrast table from a channel's minimum and maximum (an empty channel passes lo 255, hi 0: the identity).</summary>
    public static void AutocontrastTable(int lo, int hi, Span<byte> table)
    {
        if (table.Length < 256)
        {
            throw new ArgumentException($"Histogram: the table needs 256 entries; got {table.Length}.", nameof(table));
        }

        var (min, scale) = AutocontrastCoefficients(lo, hi);
        for (int i = 0; i < 256; i++)
        {
            table[i] = LutTables.TruncateToByte((i - min) * scale);
        }
    }

    /// <summary>Autocontrast's value map for a channel is trunc(clamp((x - Min) * Scale)); a flat or empty channel maps to itself (Min 0, Scale 1).</summary>
    public static (float Min, float Scale) AutocontrastCoefficients(int lo, int hi)
    {
        // torch evaluates 255.0 / tensor as reciprocal(tensor) * 255: two float32 roundings, kept here for exact bytes.
        float scale = (1f / (hi - lo)) * 255f;
        return hi <= lo || !float.IsFinite(scale) ? (0f, 1f) : (lo, scale);
    }

    /// <summary>The minimum and maximum of each of the first colorChannels channels (255 and 0 for an empty image): all autocontrast needs, without a histogram.</summary>
    public static void MinMaxChannels(ReadOnlySpan<byte> src, int channels, int colorChannels, Span<byte> min, Span<byte> max) =>
        MinMaxChannels(src, channels, colorChannels, min, max, Pointwise.Uses128);

    /// <summary><see cref="MinMaxChannels(ReadOnlySpan{byte}, int, int, Span{byte}, Span{byte})"/> with an explicit path, for tests.</summary>
    internal static void MinMaxChannels(ReadOnlySpan<byte> src, int channels, int colorChannels, Span<byte> min, Span<byte> max, bool vectorized)
    {
        if (channels < 1 || colorChannels < 0 || colorChannels > channels || min.Length < colorChannels || max.Length < colorChannels)
        {
            throw new ArgumentException($"Histogram.MinMaxChannels: channels {channels} must be positive and colorChannels {colorChannels} 0..channels, with min/max spans that long.", nameof(channels));
        }

        for (int c = 0; c < colorChannels; c++)
        {
            min[c] = 255;
            max[c] = 0;
        }

        int i = 0;
        if (vectorized && colorChannels > 0 && channels <= 4)
        {
            // A block of 16*channels bytes is `channels` vectors; lane l of vector k always holds channel (16k + l) mod channels.
            int block = 16 * channels;
            ref byte s = ref MemoryMarshal.GetReference(src);
            var lo0 = Vector128<byte>.AllBitsSet;
            var lo1 = lo0;
            var lo2 = lo0;
            var lo3 = lo0;
            var hi0 = Vector128<byte>.Zero;
            var hi1 = hi0;
            var hi2 = hi0;
            var hi3 = hi0;
            for (; i <= src.Length - block; i += block)
            {
                var v0 = Vector128.LoadUnsafe(ref s, (nuint)i);
                lo0 = Vector128.Min(lo0, v0);
                hi0 = Vector128.Max(hi0, v0);
                if (channels > 1)
                {
                    var v1 = Vector128.LoadUnsafe(ref s, (nuint)(i + 16));
                    lo1 = Vector128.Min(lo1, v1);
                    hi1 = Vector128.Max(hi1, v1);
                }

                if (channels > 2)
                {
                    var v2 = Vector128.LoadUnsafe(ref s, (nuint)(i + 32));
                    lo2 = Vector128.Min(lo2, v2);
                    hi2 = Vector128.Max(hi2, v2);
                }

                if (channels > 3)
                {
                    var v3 = Vector128.LoadUnsafe(ref s, (nuint)(i + 48));
                    lo3 = Vector128.Min(lo3, v3);
                    hi3 = Vector128.Max(hi3, v3);
                }
            }

            if (i > 0)
            {
                Span<byte> los = stackalloc byte[64];
                Span<byte> his = stackalloc byte[64];
                lo0.CopyTo(los);
                lo1.CopyTo(los[16..]);
                lo2.CopyTo(los[32..]);
                lo3.CopyTo(los[48..]);
                hi0.CopyTo(his);
                hi1.CopyTo(his[16..]);
                hi2.CopyTo(his[32..]);
                hi3.CopyTo(his[48..]);
                for (int j = 0; j < block; j++)
                {
                    int c = j % channels;
                    if (c < colorChannels)
                    {
                        min[c] = Math.Min(min[c], los[j]);
                        max[c] = Math.Max(max[c], his[j]);
                    }
                }
            }
        }

        for (; i <= src.Length - channels; i += channels)
        {
            for (int c = 0; c < colorChannels; c++)
            {
                byte v = src[i + c];
                min[c] = Math.Min(min[c], v);
                max[c] = Math.Max(max[c], v);
            }
        }
    }

    private static void CheckTable(ReadOnlySpan<int> counts, Span<byte> table)
    {
        if (counts.Length < 256 || table.Length < 256)
        {
            throw new ArgumentException($"Histogram: counts and table need 256 entries; got {counts.Length} and {table.Length}.", nameof(table));
        }
    }
}
