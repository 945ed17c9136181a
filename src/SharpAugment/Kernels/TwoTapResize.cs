using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SharpAugment.Kernels.Vectorized;

namespace SharpAugment.Kernels;

/// <summary>The byte resize for filters that read at most two adjacent source pixels per output (bilinear without
/// antialias or when enlarging, nearest): the same floats as <see cref="Resize.Apply{T}(ReadOnlySpan{T}, int, Span{T}, int, ResizeAxis, ResizeAxis, Span{float})"/>
/// without its per-call tables and whole-image scratch.</summary>
/// <remarks>Each output element is round(wy0 * H(a) + wy1 * H(a + 1)) with H(r) = wx0 * p(r, b) + wx1 * p(r, b + 1), every
/// product and sum rounded to float32 once, as the general kernel does; the general kernel's zero-weight taps add
/// exactly +0 and a two-term float sum does not depend on its order, so the bytes are the same. Only the source rows the
/// outputs read are filtered, each once, into a ring of two rows.</remarks>
[SkipLocalsInit]
internal static class TwoTapResize
{
    /// <summary>Floats of scratch kept on the stack (24 KiB); larger outputs rent from the shared pool.</summary>
    private const int StackFloats = 6144;

    /// <summary>Ints of tap indices kept on the stack.</summary>
    private const int StackInts = 1024;

    /// <summary>Resizes (sw x sh window of src, rows srcStride apart) into dw x dh; false when the filter needs other taps.</summary>
    internal static bool TryApply(ReadOnlySpan<byte> src, int srcStride, int sw, int sh, Span<byte> dst, int dw, int dh, int channels,
        Interpolation interpolation, bool antialias, bool allowSimd)
    {
        int rowLen = dw * channels;
        int rowSlot = rowLen + 8;
        int floats = (2 * dw) + (2 * dh) + (2 * rowSlot) + (8 * dw);
        int ints = dw + dh;
        float[]? rentedFloats = floats > StackFloats ? ArrayPool<float>.Shared.Rent(floats) : null;
        int[]? rentedInts = ints > StackInts ? ArrayPool<int>.Shared.Rent(ints) : null;
        Span<float> f = rentedFloats is null ? stackalloc float[StackFloats] : rentedFloats;
        Span<int> n = rentedInts is null ? stackalloc int[StackInts] : rentedInts;
        byte[]? shuffle = null;
        try
        {
            var xFirst = n[..dw];
            var yFirst = n.Slice(dw, dh);
            var xw0 = f[..dw];
            var xw1 = f.Slice(dw, dw);
            var yw0 = f.Slice(2 * dw, dh);
            var yw1 = f.Slice((2 * dw) + dh, dh);
            if (!ResizeAxis.TwoTaps(sw, dw, interpolation, antialias, xFirst, xw0, xw1) ||
                !ResizeAxis.TwoTaps(sh, dh, interpolation, antialias, yFirst, yw0, yw1))
            {
                return false;
            }

            var rows = f.Slice((2 * dw) + (2 * dh), 2 * rowSlot);
            var pairs = f.Slice((2 * dw) + (2 * dh) + (2 * rowSlot), 8 * dw);
            int blocks = rowLen / 8;
            shuffle = allowSimd && Pointwise.Uses256 && blocks > 0 ? ArrayPool<byte>.Shared.Rent(blocks * ShuffleBytesPerBlock) : null;
            if (shuffle is not null && !BuildShuffle(xFirst, xw0, xw1, channels, shuffle.AsSpan(0, blocks * ShuffleBytesPerBlock)))
            {
                ArrayPool<byte>.Shared.Return(shuffle);
                shuffle = null;
            }

            bool avx = shuffle is null && allowSimd && Pointwise.Uses256 && channels is 3 or 4;
            if (avx)
            {
                PairWeights(xw0, xw1, channels, pairs);
            }

            Span<int> held = [-1, -1];
            bool simd = allowSimd && Pointwise.Uses256;
            for (int y = 0; y < dh; y++)
            {
                int a = yFirst[y];
                float w0 = yw0[y], w1 = yw1[y];

                // A tap of weight 0 may read any finite row, so it reads its partner's and that row is never filtered.
                bool needA = w0 != 0 || w1 == 0;
                int ra = needA ? a : a + 1;
                int rb = w1 != 0 ? a + 1 : ra;
                if (shuffle is not null && rb == ra + 1 && held[ra & 1] != ra && held[rb & 1] != rb)
                {
                    // Both rows are new: one pass filters them with the tables loaded once.
                    HorizontalShuffle(src, ra * srcStride, srcStride, channels, blocks, shuffle, xFirst, xw0, xw1,
                        rows.Slice((ra & 1) * rowSlot, rowSlot), rows.Slice((rb & 1) * rowSlot, rowSlot));
                    held[ra & 1] = ra;
                    held[rb & 1] = rb;
                }

                foreach (int r in (ReadOnlySpan<int>)[ra, rb])
                {
                    if (held[r & 1] != r)
                    {
                        var row = rows.Slice((r & 1) * rowSlot, rowSlot);
                        int start = r * srcStride;
                        if (shuffle is not null)
                        {
                            HorizontalShuffle(src, start, 0, channels, blocks, shuffle, xFirst, xw0, xw1, row, default);
                        }
                        else if (avx)
                        {
                            HorizontalAvx2(src, start, channels, xFirst, pairs, xw0, xw1, row);
                        }
                        else
                        {
                            HorizontalScalar(src.Slice(start), channels, 0, dw, xFirst, xw0, xw1, row);
                        }

                        held[r & 1] = r;
                    }
                }

                Vertical(rows.Slice((ra & 1) * rowSlot, rowLen), rows.Slice((rb & 1) * rowSlot, rowLen), w0, w1, dst.Slice(y * rowLen, rowLen), simd);
            }

            return true;
        }
        finally
        {
            if (rentedFloats is not null)
            {
                ArrayPool<float>.Shared.Return(rentedFloats);
            }

            if (rentedInts is not null)
            {
                ArrayPool<int>.Shared.Return(rentedInts);
            }

            if (shuffle is not null)
            {
                ArrayPool<byte>.Shared.Return(shuffle);
            }
        }
    }

    /// <summary>Bytes of shuffle tables per block of eight output elements: two 32-byte PSHUFB masks (first and second
    /// taps), two 16-byte load offsets (one per 128-bit lane, as ints) and eight weights per tap.</summary>
    private const int ShuffleBytesPerBlock = 64 + 8 + 64;

    /// <summary>Tables of the shuffle pass: for each block of eight output elements, each 128-bit lane loads 16 source bytes
    /// from the first tap of its first element and PSHUFB places each element's two tap bytes as ints. False when a lane's
    /// taps do not fit in its 16 bytes (shrinking by more than about 3x for three channels).</summary>
    private static bool BuildShuffle(ReadOnlySpan<int> first, ReadOnlySpan<float> w0, ReadOnlySpan<float> w1, int channels, Span<byte> table)
    {
        int blocks = table.Length / ShuffleBytesPerBlock;
        var masks = table[..(blocks * 64)];
        var bases = MemoryMarshal.Cast<byte, int>(table.Slice(blocks * 64, blocks * 8));
        var weights = MemoryMarshal.Cast<byte, float>(table.Slice(blocks * 72, blocks * 64));
        masks.Fill(0x80);
        for (int g = 0; g < 2 * blocks; g++)
        {
            int e0 = g * 4;
            int origin = first[e0 / channels] * channels;
            bases[g] = origin;
            int b = g / 2, lane = g % 2;
            for (int k = 0; k < 4; k++)
            {
                int e = e0 + k, x = e / channels, c = e % channels;
                int a = (first[x] * channels) + c - origin;
                if (a < 0 || a + channels > 15)
                {
                    return false;
                }

                masks[(b * 64) + (lane * 16) + (k * 4)] = (byte)a;
                masks[(b * 64) + 32 + (lane * 16) + (k * 4)] = (byte)(a + channels);
                weights[(b * 16) + (lane * 4) + k] = w0[x];
                weights[(b * 16) + 8 + (lane * 4) + k] = w1[x];
            }
        }

        return true;
    }

    /// <summary>One row (or two, second.Length > 0, the second secondOffset elements after the first) by the shuffle tables,
    /// eight elements per step: two 16-byte loads, a PSHUFB per tap gives its bytes as ints, then w0 * a + w1 * b in float32
    /// (the products and the sum of the scalar loop). Blocks whose loads would leave src, and the elements after the last
    /// whole block, go scalar.</summary>
    private static unsafe void HorizontalShuffle(ReadOnlySpan<byte> src, int start, int secondOffset, int channels, int blocks, byte[] table,
        ReadOnlySpan<int> first, ReadOnlySpan<float> w0, ReadOnlySpan<float> w1, Span<float> row, Span<float> second)
    {
        bool two = second.Length > 0;
        int avail = src.Length - start - (two ? secondOffset : 0);
        int safe = blocks;
        fixed (byte* t = table)
        {
            int* bases = (int*)(t + (blocks * 64));
            float* weights = (float*)(t + (blocks * 72));
            while (safe > 0 && bases[(2 * safe) - 1] + 16 > avail)
            {
                safe--;
            }

            fixed (byte* s = &MemoryMarshal.GetReference(src.Slice(start)))
            fixed (float* d = row)
            fixed (float* d2 = second)
            {
                if (two)
                {
                    byte* s2 = s + secondOffset;
                    for (int b = 0; b < safe; b++)
                    {
                        byte* p0 = s + bases[2 * b], p1 = s + bases[(2 * b) + 1];
                        var ma = Avx.LoadVector256(t + (b * 64));
                        var mb = Avx.LoadVector256(t + (b * 64) + 32);
                        var wa = Avx.LoadVector256(weights + (b * 16));
                        var wb = Avx.LoadVector256(weights + (b * 16) + 8);
                        var bytes = Vector256.Create(Sse2.LoadVector128(p0), Sse2.LoadVector128(p1));
                        var bytes2 = Vector256.Create(Sse2.LoadVector128(p0 + secondOffset), Sse2.LoadVector128(p1 + secondOffset));
                        Avx.Store(d + (b * 8), (Avx.ConvertToVector256Single(Avx2.Shuffle(bytes, ma).AsInt32()) * wa) +
                                               (Avx.ConvertToVector256Single(Avx2.Shuffle(bytes, mb).AsInt32()) * wb));
                        Avx.Store(d2 + (b * 8), (Avx.ConvertToVector256Single(Avx2.Shuffle(bytes2, ma).AsInt32()) * wa) +
                                                (Avx.ConvertToVector256Single(Avx2.Shuffle(bytes2, mb).AsInt32()) * wb));
                    }
                }
                else
                {
                    for (int b = 0; b < safe; b++)
                    {
                        var bytes = Vector256.Create(Sse2.LoadVector128(s + bases[2 * b]), Sse2.LoadVector128(s + bases[(2 * b) + 1]));
                        var ta = Avx2.Shuffle(bytes, Avx.LoadVector256(t + (b * 64))).AsInt32();
                        var tb = Avx2.Shuffle(bytes, Avx.LoadVector256(t + (b * 64) + 32)).AsInt32();
                        var sum = (Avx.ConvertToVector256Single(ta) * Avx.LoadVector256(weights + (b * 16))) +
                                  (Avx.ConvertToVector256Single(tb) * Avx.LoadVector256(weights + (b * 16) + 8));
                        Avx.Store(d + (b * 8), sum);
                    }
                }
            }
        }

        ScalarElements(src.Slice(start), channels, safe * 8, row.Length - 8, first, w0, w1, row);
        if (two)
        {
            ScalarElements(src.Slice(start + secondOffset), channels, safe * 8, second.Length - 8, first, w0, w1, second);
        }
    }

    /// <summary>Elements e0..e1 of one row, one at a time (the scalar loop's arithmetic).</summary>
    private static void ScalarElements(ReadOnlySpan<byte> s, int channels, int e0, int e1, ReadOnlySpan<int> first, ReadOnlySpan<float> w0, ReadOnlySpan<float> w1, Span<float> row)
    {
        for (int e = e0; e < e1; e++)
        {
            int x = e / channels, c = e % channels;
            int i = (first[x] * channels) + c;
            row[e] = (w0[x] * s[i]) + (w1[x] * s[i + channels]);
        }
    }

    /// <summary>Per output pixel, the weight of each lane of an 8-byte load at its first tap: w0 over the first pixel's channels, w1 over the next pixel's, 0 beyond.</summary>
    private static void PairWeights(ReadOnlySpan<float> w0, ReadOnlySpan<float> w1, int channels, Span<float> pairs)
    {
        for (int x = 0; x < w0.Length; x++)
        {
            var p = pairs.Slice(x * 8, 8);
            p.Clear();
            p[..channels].Fill(w0[x]);
            p.Slice(channels, channels).Fill(w1[x]);
        }
    }

    /// <summary>Outputs x0..x1 of one row: w0 * p(first) + w1 * p(first + 1) per channel, in float32.</summary>
    private static void HorizontalScalar(ReadOnlySpan<byte> s, int channels, int x0, int x1, ReadOnlySpan<int> first, ReadOnlySpan<float> w0, ReadOnlySpan<float> w1, Span<float> row)
    {
        for (int x = x0; x < x1; x++)
        {
            int i = first[x] * channels;
            float a = w0[x], b = w1[x];
            for (int c = 0; c < channels; c++)
            {
                row[(x * channels) + c] = (a * s[i + c]) + (b * s[i + channels + c]);
            }
        }
    }

    /// <summary>One row, a pixel per step: eight bytes from the first tap widen to floats, meet the pair weights, and the
    /// second pixel's products are permuted onto the first's and added (a 4-float store; the fourth lane is overwritten next).</summary>
    private static unsafe void HorizontalAvx2(ReadOnlySpan<byte> src, int start, int channels, ReadOnlySpan<int> first, ReadOnlySpan<float> pairs,
        ReadOnlySpan<float> w0, ReadOnlySpan<float> w1, Span<float> row)
    {
        int dw = first.Length;

        // The 8-byte load of a 3-channel pixel pair reads two bytes past it: outputs whose load would leave src (first
        // never decreases, so they are a suffix) go scalar.
        int end = dw;
        int avail = src.Length - start;
        while (end > 0 && (first[end - 1] * channels) + 8 > avail)
        {
            end--;
        }

        fixed (byte* s = &MemoryMarshal.GetReference(src.Slice(start)))
        fixed (int* f = first)
        fixed (float* w = pairs)
        fixed (float* d = row)
        {
            if (channels == 3)
            {
                var shift = Vector256.Create(3, 4, 5, 3, 4, 5, 3, 4);
                int x = 0;
                for (; x <= end - 2; x += 2)
                {
                    var p = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(s + (f[x] * 3))) * Avx.LoadVector256(w + (x * 8));
                    var q = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(s + (f[x + 1] * 3))) * Avx.LoadVector256(w + (x * 8) + 8);
                    Sse.Store(d + (x * 3), (p + Avx2.PermuteVar8x32(p, shift)).GetLower());
                    Sse.Store(d + (x * 3) + 3, (q + Avx2.PermuteVar8x32(q, shift)).GetLower());
                }

                for (; x < end; x++)
                {
                    var p = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(s + (f[x] * 3))) * Avx.LoadVector256(w + (x * 8));
                    Sse.Store(d + (x * 3), (p + Avx2.PermuteVar8x32(p, shift)).GetLower());
                }
            }
            else
            {
                for (int x = 0; x < end; x++)
                {
                    var p = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(s + (f[x] * 4))) * Avx.LoadVector256(w + (x * 8));
                    Sse.Store(d + (x * 4), p.GetLower() + p.GetUpper());
                }
            }
        }

        HorizontalScalar(src.Slice(start), channels, end, dw, first, w0, w1, row);
    }

    /// <summary>One output row: round(w0 * a + w1 * b) to bytes (half to even, clamped), sixteen elements per step.</summary>
    /// <remarks>The vector path converts with the current rounding mode (to nearest even, never changed by .NET) and clamps
    /// by the saturating packs: the scalar rule for every finite sum below 2^31, and these sums stay below 256.</remarks>
    private static void Vertical(ReadOnlySpan<float> a, ReadOnlySpan<float> b, float w0, float w1, Span<byte> d, bool simd)
    {
        int i = 0;
        int len = d.Length;
        if (simd && Pointwise.Uses256)
        {
            ref float ra = ref MemoryMarshal.GetReference(a);
            ref float rb = ref MemoryMarshal.GetReference(b);
            ref byte o = ref MemoryMarshal.GetReference(d);
            var v0 = Vector256.Create(w0);
            var v1 = Vector256.Create(w1);
            for (; i <= len - 16; i += 16)
            {
                var lo = (Vector256.LoadUnsafe(ref ra, (nuint)i) * v0) + (Vector256.LoadUnsafe(ref rb, (nuint)i) * v1);
                var hi = (Vector256.LoadUnsafe(ref ra, (nuint)(i + 8)) * v0) + (Vector256.LoadUnsafe(ref rb, (nuint)(i + 8)) * v1);
                PackRound(lo, hi).StoreUnsafe(ref o, (nuint)i);
            }
        }

        for (; i < len; i++)
        {
            d[i] = PixelMath.From<byte>((w0 * a[i]) + (w1 * b[i]));
        }
    }

    /// <summary>Sixteen floats in [-2^31, 2^31) rounded half to even and clamped to bytes, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<byte> PackRound(Vector256<float> lo, Vector256<float> hi)
    {
        var shorts = Avx2.PackSignedSaturate(Avx.ConvertToVector256Int32(lo), Avx.ConvertToVector256Int32(hi));
        // Per 128-bit lane the packs give dwords lo0-3, hi0-3 (lane 0) and lo4-7, hi4-7 (lane 1); one permute orders them.
        var bytes = Avx2.PackUnsignedSaturate(shorts, shorts);
        return Avx2.PermuteVar8x32(bytes.AsInt32(), Vector256.Create(0, 4, 1, 5, 2, 6, 3, 7)).AsByte().GetLower();
    }
}
