using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SharpAugment.Kernels.Vectorized;

namespace SharpAugment.Kernels;

/// <summary>Exact pixel rearrangements: flips, transpose and quarter turns. Pure functions over spans, plus image wrappers.</summary>
public static class Flip
{
    /// <summary>Mirrors left-right: dst(x, y) = src(w-1-x, y).</summary>
    public static void Horizontal<T>(ReadOnlySpan<T> src, Span<T> dst, int width, int height, int channels)
        where T : unmanaged
    {
        Check(src, dst, width, height, channels);
        int stride = width * channels;
        int pixelBytes = channels * Unsafe.SizeOf<T>();
        var sb = MemoryMarshal.AsBytes(src);
        var db = MemoryMarshal.AsBytes(dst);
        int rowBytes = stride * Unsafe.SizeOf<T>();
        for (int y = 0; y < height; y++)
        {
            var s = sb.Slice(y * rowBytes, rowBytes);
            var d = db.Slice(y * rowBytes, rowBytes);
            switch (pixelBytes)
            {
                case 1:
                    s.CopyTo(d);
                    d.Reverse();
                    break;
                case 2:
                    s.CopyTo(d);
                    MemoryMarshal.Cast<byte, ushort>(d).Reverse();
                    break;
                case 3 when Pointwise.Uses128:
                    MirrorRgbRow(s, d, width);
                    break;
                case 4:
                    s.CopyTo(d);
                    MemoryMarshal.Cast<byte, uint>(d).Reverse();
                    break;
                case 8:
                    s.CopyTo(d);
                    MemoryMarshal.Cast<byte, ulong>(d).Reverse();
                    break;
                default:
                    MirrorRowScalar(s, d, width, pixelBytes, 0);
                    break;
            }
        }
    }

    /// <summary>Mirrors one row of 3-byte pixels sixteen at a time: three 16-byte loads, seven byte shuffles, three 16-byte stores.</summary>
    private static void MirrorRgbRow(ReadOnlySpan<byte> s, Span<byte> d, int width)
    {
        // A block of 16 source pixels is 48 bytes (a, b, c); mirrored, destination byte o = 3q + k takes source byte
        // 45 - 3q + k. Index 0x80 zeroes a lane, so the parts a destination vector takes from each source vector
        // combine with an OR. Stores land on 16-byte multiples of the row, so they never straddle two vectors' worth.
        const byte Z = 0x80;
        var c0 = Vector128.Create((byte)13, 14, 15, 10, 11, 12, 7, 8, 9, 4, 5, 6, 1, 2, 3, Z);
        var b0 = Vector128.Create(Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, 14);
        var a1 = Vector128.Create(Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, 15, Z);
        var b1 = Vector128.Create((byte)15, Z, 11, 12, 13, 8, 9, 10, 5, 6, 7, 2, 3, 4, Z, 0);
        var c1 = Vector128.Create(Z, 0, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z);
        var a2 = Vector128.Create(Z, 12, 13, 14, 9, 10, 11, 6, 7, 8, 3, 4, 5, 0, 1, 2);
        var b2 = Vector128.Create((byte)1, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z);
        ref byte s0 = ref MemoryMarshal.GetReference(s);
        ref byte d0 = ref MemoryMarshal.GetReference(d);
        int x = 0;
        if (Pointwise.Uses256)
        {
            // Two blocks per step, one per 128-bit lane (vpshufb works within lanes): the 96 loaded bytes hold blocks p
            // (low addresses) and q, regrouped so lane 0 is p's a/b/c and lane 1 is q's; q's mirror is written first.
            var wc0 = Vector256.Create(c0, c0);
            var wb0 = Vector256.Create(b0, b0);
            var wa1 = Vector256.Create(a1, a1);
            var wb1 = Vector256.Create(b1, b1);
            var wc1 = Vector256.Create(c1, c1);
            var wa2 = Vector256.Create(a2, a2);
            var wb2 = Vector256.Create(b2, b2);
            // Blocks run from the row's right end leftwards in destination order, so source reads ascend.
            int blocks = width / 32;
            for (int k = blocks - 1; k >= 0; k--)
            {
                int bx = 32 * k;
                nuint at = (nuint)(3 * (width - 32 - bx));
                var v0 = Vector256.LoadUnsafe(ref s0, at);
                var v1 = Vector256.LoadUnsafe(ref s0, at + 32);
                var v2 = Vector256.LoadUnsafe(ref s0, at + 64);
                var a = Avx2.Blend(v0.AsInt32(), v1.AsInt32(), 0xF0).AsByte();
                var b = Avx2.Permute2x128(v0, v2, 0x21);
                var c = Avx2.Blend(v1.AsInt32(), v2.AsInt32(), 0xF0).AsByte();
                var o0 = Avx2.Shuffle(c, wc0) | Avx2.Shuffle(b, wb0);
                var o1 = Avx2.Shuffle(a, wa1) | Avx2.Shuffle(b, wb1) | Avx2.Shuffle(c, wc1);
                var o2 = Avx2.Shuffle(a, wa2) | Avx2.Shuffle(b, wb2);
                nuint to = (nuint)(3 * bx);
                Avx2.Permute2x128(o0, o1, 0x31).StoreUnsafe(ref d0, to);
                Avx2.Permute2x128(o2, o0, 0x21).StoreUnsafe(ref d0, to + 32);
                Avx2.Permute2x128(o1, o2, 0x20).StoreUnsafe(ref d0, to + 64);
            }

            x = 32 * blocks;
        }

        for (; x <= width - 16; x += 16)
        {
            nuint at = (nuint)(3 * (width - 16 - x));
            var a = Vector128.LoadUnsafe(ref s0, at);
            var b = Vector128.LoadUnsafe(ref s0, at + 16);
            var c = Vector128.LoadUnsafe(ref s0, at + 32);
            nuint to = (nuint)(3 * x);
            (Shuffle(c, c0) | Shuffle(b, b0)).StoreUnsafe(ref d0, to);
            (Shuffle(a, a1) | Shuffle(b, b1) | Shuffle(c, c1)).StoreUnsafe(ref d0, to + 16);
            (Shuffle(a, a2) | Shuffle(b, b2)).StoreUnsafe(ref d0, to + 32);
        }

        MirrorRowScalar(s, d, width, 3, x);
    }

    /// <summary>pshufb where the CPU has it: the portable shuffle may not be lowered to it when the indices are not constants the JIT can see.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Shuffle(Vector128<byte> v, Vector128<byte> indices) =>
        Ssse3.IsSupported ? Ssse3.Shuffle(v, indices) : Vector128.Shuffle(v, indices);

    private static void MirrorRowScalar(ReadOnlySpan<byte> s, Span<byte> d, int width, int pixelBytes, int from)
    {
        for (int x = from; x < width; x++)
        {
            s.Slice((width - 1 - x) * pixelBytes, pixelBytes).CopyTo(d.Slice(x * pixelBytes, pixelBytes));
        }
    }

    /// <summary>Mirrors top-bottom: dst(x, y) = src(x, h-1-y).</summary>
    public static void Vertical<T>(ReadOnlySpan<T> src, Span<T> dst, int width, int height, int channels)
        where T : unmanaged
    {
        Check(src, dst, width, height, channels);
        int stride = width * channels;
        for (int y = 0; y < height; y++)
        {
            src.Slice((height - 1 - y) * stride, stride).CopyTo(dst.Slice(y * stride, stride));
        }
    }

    /// <summary>Swaps axes: dst(x, y) = src(y, x); dst is height wide and width tall.</summary>
    public static void Transpose<T>(ReadOnlySpan<T> src, Span<T> dst, int width, int height, int channels)
        where T : unmanaged
    {
        Check(src, dst, width, height, channels);
        const int block = 32;
        for (int by = 0; by < height; by += block)
        {
            int yEnd = Math.Min(by + block, height);
            for (int bx = 0; bx < width; bx += block)
            {
                int xEnd = Math.Min(bx + block, width);
                for (int y = by; y < yEnd; y++)
                {
                    for (int x = bx; x < xEnd; x++)
                    {
                        int si = (y * width + x) * channels;
                        int di = (x * height + y) * channels;
                        for (int c = 0; c < channels; c++)
                        {
                            dst[di + c] = src[si + c];
                        }
                    }
                }
            }
        }
    }

    private static void Check<T>(ReadOnlySpan<T> src, Span<T> dst, int width, int height, int channels)
    {
        long n = (long)width * height * channels;
        if (src.Length < n || dst.Length < n)
        {
            throw new ArgumentException($"Flip: spans must hold {width}x{height}x{channels} = {n} elements.");
        }
    }
}
