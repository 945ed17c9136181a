using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SharpAugment.Kernels;

/// <summary>uint8 point operations computed directly at vector width, where a 256-entry table walk (one scalar load per byte) would be slower.</summary>
public static class PointOps
{
    /// <summary>torchvision solarize on bytes: x &gt;= threshold becomes 255 - x on the colour channels; the alpha of 4-channel pixels is copied.</summary>
    public static void Solarize(ReadOnlySpan<byte> src, Span<byte> dst, double threshold, int channels) =>
        Solarize(src, dst, threshold, channels, Vector256.IsHardwareAccelerated);

    /// <summary><see cref="Solarize(ReadOnlySpan{byte}, Span{byte}, double, int)"/> with an explicit path, for tests.</summary>
    internal static void Solarize(ReadOnlySpan<byte> src, Span<byte> dst, double threshold, int channels, bool vectorized)
    {
        if (channels is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, "PointOps.Solarize: channels must be in [1, 4].");
        }

        if (dst.Length < src.Length || src.Length % channels != 0)
        {
            throw new ArgumentException($"PointOps.Solarize: src has {src.Length} elements (must be a multiple of {channels}) and dst {dst.Length}.", nameof(dst));
        }

        // For a byte x, x >= threshold is x >= ceil(threshold); 256 stands for "no byte" (also a NaN threshold, which compares false).
        int t = !(threshold <= 255) ? 256 : threshold <= 0 ? 0 : (int)Math.Ceiling(threshold);
        ref byte s = ref MemoryMarshal.GetReference(src);
        ref byte d = ref MemoryMarshal.GetReference(dst);
        int n = src.Length;
        int i = 0;
        if (vectorized && n >= 32)
        {
            // 255 - x is x ^ 0xFF: xor with the mask of the elements at or above the threshold; 32-byte blocks start on pixel boundaries, so the alpha byte of RGBA is every fourth.
            var vt = Vector256.Create((byte)Math.Min(t, 255));
            var colour = t == 256 ? Vector256<byte>.Zero : channels == 4 ? Vector256.Create(0x00FFFFFF).AsByte() : Vector256<byte>.AllBitsSet;
            for (; i <= n - 32; i += 32)
            {
                var x = Vector256.LoadUnsafe(ref s, (nuint)i);
                (x ^ (Vector256.Equals(Vector256.Max(x, vt), x) & colour)).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            byte v = Unsafe.Add(ref s, i);
            bool isColour = channels != 4 || (i & 3) != 3;
            Unsafe.Add(ref d, i) = isColour && v >= t ? (byte)(255 - v) : v;
        }
    }
}
