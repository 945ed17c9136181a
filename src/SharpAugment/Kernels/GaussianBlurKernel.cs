using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SharpAugment.Kernels.Vectorized;

namespace SharpAugment.Kernels;

/// <summary>Separable Gaussian blur of bytes in 16-bit fixed point, reflect borders: within one level of the float32 path
/// (<see cref="Convolution.Separable(ReadOnlySpan{byte}, Span{byte}, Span{float}, int, int, int, ReadOnlySpan{float}, ReadOnlySpan{float}, CancellationToken)"/>)
/// and about twice as fast (docs/benchmarks.md, `GaussianBlurFixed` against `GaussianBlurFloat`), because sixteen lanes do what eight float lanes did.</summary>
/// <remarks>Pixels enter as p * 2^7 (at most 32640); every tap is a rounded high multiply by its weight in Q15,
/// round((a * w) / 2^15), and the taps are summed in 16 bits; the vertical pass does the same on the horizontal sums
/// and the result is round(v / 2^7), clamped. Each product is off by at most half a unit (1/256 of a level), so a blur
/// of n taps per axis is within n/128 of a level of the exact sum before the final rounding: results differ from the
/// float path by one level only where its value lies that close to a half. Integer sums do not depend on their order,
/// so the vector and scalar paths give the same bytes. Kernels whose sums could leave 16 bits are declined.</remarks>
[SkipLocalsInit]
public static class GaussianBlurKernel
{
    /// <summary>Shorts of scratch kept on the stack (32 KiB); larger images rent from the shared pool.</summary>
    private const int StackShorts = 16384;

    /// <summary>The largest pixel value in fixed point (255 * 2^7).</summary>
    private const int MaxInput = 255 << 7;

    /// <summary>Blurs src into dst (width x height x channels bytes) with the float kernels kx and ky (odd lengths, weights
    /// in [0, 1], as <see cref="Convolution.GaussianKernel"/> builds them); returns false, writing nothing, when the
    /// kernels do not fit the 16-bit sums.</summary>
    /// <param name="src">Source pixels.</param>
    /// <param name="dst">Destination pixels (may not overlap src).</param>
    /// <param name="width">Image width.</param>
    /// <param name="height">Image height.</param>
    /// <param name="channels">Interleaved channels.</param>
    /// <param name="kx">Horizontal taps.</param>
    /// <param name="ky">Vertical taps.</param>
    /// <param name="cancellation">Checked once per output row; a large kernel on a large image is a long loop.</param>
    public static bool TryBlur(ReadOnlySpan<byte> src, Span<byte> dst, int width, int height, int channels, ReadOnlySpan<float> kx, ReadOnlySpan<float> ky,
        CancellationToken cancellation = default) =>
        TryBlur(src, dst, width, height, channels, kx, ky, allowSimd: true, cancellation);

    /// <summary>The blur with the vector path optionally off (tests compare both).</summary>
    internal static bool TryBlur(ReadOnlySpan<byte> src, Span<byte> dst, int width, int height, int channels, ReadOnlySpan<float> kx, ReadOnlySpan<float> ky, bool allowSimd,
        CancellationToken cancellation = default)
    {
        long n = (long)width * height * channels;
        if (width < 1 || height < 1 || channels < 1 || src.Length < n || dst.Length < n)
        {
            throw new ArgumentException($"GaussianBlurKernel.TryBlur: spans do not hold a {width}x{height}x{channels} image.", nameof(src));
        }

        if (kx.Length % 2 == 0 || ky.Length % 2 == 0)
        {
            throw new ArgumentException($"GaussianBlurKernel.TryBlur: kernel sizes {kx.Length} and {ky.Length} must be odd.", nameof(kx));
        }

        if (kx.Length > 255 || ky.Length > 255)
        {
            return false;
        }

        Span<short> qx = stackalloc short[kx.Length];
        Span<short> qy = stackalloc short[ky.Length];
        if (!Quantize(kx, qx) || !Quantize(ky, qy))
        {
            return false;
        }

        // The largest sums the passes can reach (every weight is non-negative, so all-255 input is the worst case).
        int hMax = 0;
        foreach (short q in qx)
        {
            hMax += MulHrs(MaxInput, q);
        }

        int vMax = 0;
        foreach (short q in qy)
        {
            vMax += MulHrs((short)Math.Min(hMax, short.MaxValue), q);
        }

        if (hMax > short.MaxValue || vMax > short.MaxValue)
        {
            return false;
        }

        int stride = width * channels;
        int hx = kx.Length / 2;
        int hy = ky.Length / 2;
        int ring = ky.Length;
        int padded = (width + (2 * hx)) * channels;
        int need = (ring * stride) + padded + 16;
        short[]? rented = need > StackShorts ? ArrayPool<short>.Shared.Rent(need) : null;
        Span<short> work = rented is null ? stackalloc short[StackShorts] : rented;
        try
        {
            var rows = work[..(ring * stride)];
            var row = work.Slice(ring * stride, padded);
            bool simd = allowSimd && Pointwise.Uses256;

            // Horizontal rows live in a ring of ky.Length rows: output row y reads (reflected) rows within [y-hy, y+hy],
            // so each row is filtered once, in increasing order.
            int done = 0;
            for (int y = 0; y < height; y++)
            {
                cancellation.ThrowIfCancellationRequested();
                int last = Math.Min(height - 1, y + hy);
                for (; done <= last; done++)
                {
                    PadRow(src.Slice(done * stride, stride), row, width, channels, hx, simd);
                    Horizontal(row, rows.Slice(done % ring * stride, stride), channels, qx, simd);
                }

                Vertical(rows, dst.Slice(y * stride, stride), y, height, stride, ring, qy, simd);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<short>.Shared.Return(rented);
            }
        }

        return true;
    }

    /// <summary>Weights in Q15 (round(k * 2^15), at most 32767); false for weights outside [0, 1] or not finite.</summary>
    private static bool Quantize(ReadOnlySpan<float> k, Span<short> q)
    {
        for (int i = 0; i < k.Length; i++)
        {
            if (!(k[i] >= 0f && k[i] <= 1f))
            {
                return false;
            }

            q[i] = (short)Math.Min(short.MaxValue, (int)Math.Round(k[i] * 32768.0, MidpointRounding.ToEven));
        }

        return true;
    }

    /// <summary>x86 PMULHRSW on one lane: (a * b + 2^14) >> 15, kept to 16 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static short MulHrs(int a, short b) => (short)(((a * b) + 0x4000) >> 15);

    /// <summary>The row in fixed point (p * 2^7) with hx reflected pixels on each side, so every output reads its taps at fixed offsets.</summary>
    private static void PadRow(ReadOnlySpan<byte> s, Span<short> row, int width, int channels, int hx, bool simd)
    {
        var body = row.Slice(hx * channels, s.Length);
        int i = 0;
        if (simd)
        {
            ref byte b0 = ref MemoryMarshal.GetReference(s);
            ref short d0 = ref MemoryMarshal.GetReference(body);
            for (; i <= s.Length - 16; i += 16)
            {
                var w = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref b0, (nuint)i));
                Avx2.ShiftLeftLogical(w, 7).StoreUnsafe(ref d0, (nuint)i);
            }
        }

        for (; i < s.Length; i++)
        {
            body[i] = (short)(s[i] << 7);
        }

        for (int p = 0; p < hx; p++)
        {
            int left = Convolution.Reflect(p - hx, width);
            int right = Convolution.Reflect(width + p, width);
            for (int c = 0; c < channels; c++)
            {
                row[(p * channels) + c] = (short)(s[(left * channels) + c] << 7);
                row[((width + hx + p) * channels) + c] = (short)(s[(right * channels) + c] << 7);
            }
        }
    }

    /// <summary>t[i] = sum over j of MulHrs(row[i + j * channels], q[j]).</summary>
    private static void Horizontal(ReadOnlySpan<short> row, Span<short> t, int channels, ReadOnlySpan<short> q, bool simd)
    {
        int len = t.Length;
        int i = 0;
        if (simd)
        {
            ref short r = ref MemoryMarshal.GetReference(row);
            ref short d = ref MemoryMarshal.GetReference(t);
            if (q.Length == 5)
            {
                var q0 = Vector256.Create(q[0]);
                var q1 = Vector256.Create(q[1]);
                var q2 = Vector256.Create(q[2]);
                var q3 = Vector256.Create(q[3]);
                var q4 = Vector256.Create(q[4]);
                nuint c = (nuint)channels;
                for (; i <= len - 16; i += 16)
                {
                    ref short p = ref Unsafe.Add(ref r, i);
                    var sum = Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref p), q0);
                    sum += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref p, c), q1);
                    sum += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref p, 2 * c), q2);
                    sum += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref p, 3 * c), q3);
                    sum += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref p, 4 * c), q4);
                    sum.StoreUnsafe(ref d, (nuint)i);
                }
            }

            for (; i <= len - 16; i += 16)
            {
                var sum = Vector256<short>.Zero;
                for (int j = 0; j < q.Length; j++)
                {
                    sum += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref r, (nuint)(i + (j * channels))), Vector256.Create(q[j]));
                }

                sum.StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < len; i++)
        {
            short sum = 0;
            for (int j = 0; j < q.Length; j++)
            {
                sum += MulHrs(row[i + (j * channels)], q[j]);
            }

            t[i] = sum;
        }
    }

    /// <summary>One output row: the vertical taps over the (reflected) ring rows, then round(v / 2^7) clamped to bytes.</summary>
    private static void Vertical(ReadOnlySpan<short> rows, Span<byte> d, int y, int height, int stride, int ring, ReadOnlySpan<short> q, bool simd)
    {
        int hy = q.Length / 2;
        int i = 0;
        if (simd && stride >= 32)
        {
            ref short s = ref MemoryMarshal.GetReference(rows);
            ref byte o = ref MemoryMarshal.GetReference(d);
            var scale = Vector256.Create((short)256);
            if (q.Length == 5)
            {
                ref short r0 = ref Unsafe.Add(ref s, RingRow(y - 2, height, ring) * stride);
                ref short r1 = ref Unsafe.Add(ref s, RingRow(y - 1, height, ring) * stride);
                ref short r2 = ref Unsafe.Add(ref s, RingRow(y, height, ring) * stride);
                ref short r3 = ref Unsafe.Add(ref s, RingRow(y + 1, height, ring) * stride);
                ref short r4 = ref Unsafe.Add(ref s, RingRow(y + 2, height, ring) * stride);
                var q0 = Vector256.Create(q[0]);
                var q1 = Vector256.Create(q[1]);
                var q2 = Vector256.Create(q[2]);
                var q3 = Vector256.Create(q[3]);
                var q4 = Vector256.Create(q[4]);
                for (; i <= stride - 32; i += 32)
                {
                    nuint a = (nuint)i, b = (nuint)(i + 16);
                    var lo = Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref r0, a), q0);
                    var hi = Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref r0, b), q0);
                    lo += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref r1, a), q1);
                    hi += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref r1, b), q1);
                    lo += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref r2, a), q2);
                    hi += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref r2, b), q2);
                    lo += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref r3, a), q3);
                    hi += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref r3, b), q3);
                    lo += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref r4, a), q4);
                    hi += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref r4, b), q4);
                    StoreBytes(Avx2.MultiplyHighRoundScale(lo, scale), Avx2.MultiplyHighRoundScale(hi, scale), ref o, a);
                }
            }
            else
            {
                for (; i <= stride - 32; i += 32)
                {
                    nuint a = (nuint)i, b = (nuint)(i + 16);
                    var lo = Vector256<short>.Zero;
                    var hi = Vector256<short>.Zero;
                    for (int j = 0; j < q.Length; j++)
                    {
                        ref short rj = ref Unsafe.Add(ref s, RingRow(y + j - hy, height, ring) * stride);
                        var qj = Vector256.Create(q[j]);
                        lo += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref rj, a), qj);
                        hi += Avx2.MultiplyHighRoundScale(Vector256.LoadUnsafe(ref rj, b), qj);
                    }

                    StoreBytes(Avx2.MultiplyHighRoundScale(lo, scale), Avx2.MultiplyHighRoundScale(hi, scale), ref o, a);
                }
            }
        }

        for (; i < stride; i++)
        {
            short sum = 0;
            for (int j = 0; j < q.Length; j++)
            {
                sum += MulHrs(rows[(RingRow(y + j - hy, height, ring) * stride) + i], q[j]);
            }

            d[i] = (byte)Math.Clamp((int)MulHrs(sum, 256), 0, 255);
        }
    }

    /// <summary>Thirty-two shorts packed to bytes with unsigned saturation (clamping to 0..255), in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreBytes(Vector256<short> lo, Vector256<short> hi, ref byte o, nuint at)
    {
        // PACKUSWB works per 128-bit lane (lo0-7, hi0-7 | lo8-15, hi8-15); a qword permute restores the order.
        var packed = Avx2.PackUnsignedSaturate(lo, hi);
        Avx2.Permute4x64(packed.AsUInt64(), 0b_11_01_10_00).AsByte().StoreUnsafe(ref o, at);
    }

    /// <summary>Where the horizontal result of (reflected) row y sits in the ring.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RingRow(int y, int height, int ring) => Convolution.Reflect(y, height) % ring;
}
