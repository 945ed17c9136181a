using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SharpAugment.Kernels;

/// <summary>Applies 256-entry lookup tables to byte pixels: every uint8 point operation (brightness, contrast, gamma, posterize, ...) becomes one table and one pass.</summary>
public static class Lut
{
    /// <summary>dst[i] = table[src[i]] on the first <paramref name="colorChannels"/> channels of each pixel; the other channels (alpha) are copied.</summary>
    /// <param name="src">Interleaved pixels.</param>
    /// <param name="dst">Output, the same length (may be the same span as <paramref name="src"/>).</param>
    /// <param name="table">256 entries.</param>
    /// <param name="channels">Channels per pixel.</param>
    /// <param name="colorChannels">How many leading channels the table applies to.</param>
    public static void Apply(ReadOnlySpan<byte> src, Span<byte> dst, ReadOnlySpan<byte> table, int channels, int colorChannels)
    {
        Check(src, dst, table, channels, colorChannels, 256);
        table = table[..256];
        int n = src.Length;
        if (colorChannels == channels)
        {
            // A single table over every element, four lookups per step through refs (the byte index is always < 256).
            ref byte t = ref MemoryMarshal.GetReference(table);
            ref byte s = ref MemoryMarshal.GetReference(src);
            ref byte d = ref MemoryMarshal.GetReference(dst);
            int i = 0;
            for (; i <= n - 4; i += 4)
            {
                byte a = Unsafe.Add(ref t, Unsafe.Add(ref s, i));
                byte b = Unsafe.Add(ref t, Unsafe.Add(ref s, i + 1));
                byte c = Unsafe.Add(ref t, Unsafe.Add(ref s, i + 2));
                byte e = Unsafe.Add(ref t, Unsafe.Add(ref s, i + 3));
                Unsafe.As<byte, uint>(ref Unsafe.Add(ref d, i)) = (uint)(a | (b << 8) | (c << 16) | (e << 24));
            }

            for (; i < n; i++)
            {
                Unsafe.Add(ref d, i) = Unsafe.Add(ref t, Unsafe.Add(ref s, i));
            }

            return;
        }

        for (int i = 0; i < n; i += channels)
        {
            for (int c = 0; c < colorChannels; c++)
            {
                dst[i + c] = table[src[i + c]];
            }

            for (int c = colorChannels; c < channels; c++)
            {
                dst[i + c] = src[i + c];
            }
        }
    }

    /// <summary>Like <see cref="Apply"/> with one table per colour channel: channel c uses tables[256c .. 256c+255].</summary>
    public static void ApplyPerChannel(ReadOnlySpan<byte> src, Span<byte> dst, ReadOnlySpan<byte> tables, int channels, int colorChannels)
    {
        Check(src, dst, tables, channels, colorChannels, 256 * colorChannels);
        int n = src.Length;
        if (channels == 3 && colorChannels == 3)
        {
            ref byte t = ref MemoryMarshal.GetReference(tables);
            ref byte s = ref MemoryMarshal.GetReference(src);
            ref byte d = ref MemoryMarshal.GetReference(dst);
            int i = 0;

            // Four pixels per step, written as one 8-byte and one 4-byte store instead of twelve byte stores.
            for (; i <= n - 12; i += 12)
            {
                ulong lo = Unsafe.Add(ref t, Unsafe.Add(ref s, i)) |
                           ((ulong)Unsafe.Add(ref t, 256 + Unsafe.Add(ref s, i + 1)) << 8) |
                           ((ulong)Unsafe.Add(ref t, 512 + Unsafe.Add(ref s, i + 2)) << 16) |
                           ((ulong)Unsafe.Add(ref t, Unsafe.Add(ref s, i + 3)) << 24) |
                           ((ulong)Unsafe.Add(ref t, 256 + Unsafe.Add(ref s, i + 4)) << 32) |
                           ((ulong)Unsafe.Add(ref t, 512 + Unsafe.Add(ref s, i + 5)) << 40) |
                           ((ulong)Unsafe.Add(ref t, Unsafe.Add(ref s, i + 6)) << 48) |
                           ((ulong)Unsafe.Add(ref t, 256 + Unsafe.Add(ref s, i + 7)) << 56);
                uint hi = Unsafe.Add(ref t, 512 + Unsafe.Add(ref s, i + 8)) |
                          ((uint)Unsafe.Add(ref t, Unsafe.Add(ref s, i + 9)) << 8) |
                          ((uint)Unsafe.Add(ref t, 256 + Unsafe.Add(ref s, i + 10)) << 16) |
                          ((uint)Unsafe.Add(ref t, 512 + Unsafe.Add(ref s, i + 11)) << 24);
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref d, i), lo);
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref d, i + 8), hi);
            }

            for (; i < n; i += 3)
            {
                Unsafe.Add(ref d, i) = Unsafe.Add(ref t, Unsafe.Add(ref s, i));
                Unsafe.Add(ref d, i + 1) = Unsafe.Add(ref t, 256 + Unsafe.Add(ref s, i + 1));
                Unsafe.Add(ref d, i + 2) = Unsafe.Add(ref t, 512 + Unsafe.Add(ref s, i + 2));
            }

            return;
        }

        for (int i = 0; i < n; i += channels)
        {
            for (int c = 0; c < colorChannels; c++)
            {
                dst[i + c] = tables[(c << 8) + src[i + c]];
            }

            for (int c = colorChannels; c < channels; c++)
            {
                dst[i + c] = src[i + c];
            }
        }
    }

    private static void Check(ReadOnlySpan<byte> src, Span<byte> dst, ReadOnlySpan<byte> table, int channels, int colorChannels, int tableLength)
    {
        if (channels < 1 || colorChannels < 0 || colorChannels > channels)
        {
            throw new ArgumentOutOfRangeException(nameof(colorChannels), $"Lut: colorChannels {colorChannels} must be in [0, channels={channels}].");
        }

        if (table.Length < tableLength)
        {
            throw new ArgumentException($"Lut: the table has {table.Length} entries; {tableLength} are needed.", nameof(table));
        }

        if (dst.Length < src.Length || src.Length % channels != 0)
        {
            throw new ArgumentException($"Lut: src has {src.Length} elements (must be a multiple of {channels}) and dst {dst.Length}.", nameof(dst));
        }
    }
}
