using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SharpAugment.Kernels.Vectorized;

namespace SharpAugment.Kernels;

/// <summary>Separable resize: a horizontal pass into a float scratch buffer, then a vertical pass (torch's order), rounding once at the end.</summary>
public static class Resize
{
    /// <summary>The scratch length the Apply overloads need.</summary>
    public static int ScratchLength(int srcHeight, int dstWidth, int channels) => (srcHeight + 1) * dstWidth * channels;

    /// <summary>Resizes src into dst with precomputed axes.</summary>
    /// <param name="src">Source pixels (srcWidth = xAxis.InSize, srcHeight = yAxis.InSize).</param>
    /// <param name="dst">Destination pixels (xAxis.OutSize x yAxis.OutSize).</param>
    /// <param name="channels">Interleaved channels.</param>
    /// <param name="xAxis">Horizontal taps.</param>
    /// <param name="yAxis">Vertical taps.</param>
    /// <param name="scratch">At least <see cref="ScratchLength"/> floats.</param>
    public static void Apply<T>(ReadOnlySpan<T> src, Span<T> dst, int channels, ResizeAxis xAxis, ResizeAxis yAxis, Span<float> scratch)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(xAxis);
        Apply(src, xAxis.InSize * channels, dst, channels, xAxis, yAxis, scratch);
    }

    /// <summary>Resizes a window of a larger image: src starts at the window's first pixel and its rows are srcStride elements apart (so a crop needs no copy).</summary>
    /// <param name="src">Source pixels from the window's top-left pixel on; the window is xAxis.InSize x yAxis.InSize.</param>
    /// <param name="srcStride">Elements from one source row to the next (at least xAxis.InSize * channels).</param>
    /// <param name="dst">Destination pixels (xAxis.OutSize x yAxis.OutSize).</param>
    /// <param name="channels">Interleaved channels.</param>
    /// <param name="xAxis">Horizontal taps.</param>
    /// <param name="yAxis">Vertical taps.</param>
    /// <param name="scratch">At least <see cref="ScratchLength"/> floats.</param>
    public static void Apply<T>(ReadOnlySpan<T> src, int srcStride, Span<T> dst, int channels, ResizeAxis xAxis, ResizeAxis yAxis, Span<float> scratch)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(xAxis);
        ArgumentNullException.ThrowIfNull(yAxis);
        int sw = xAxis.InSize, sh = yAxis.InSize, dw = xAxis.OutSize, dh = yAxis.OutSize;
        if (srcStride < sw * channels || src.Length < ((sh - 1) * srcStride) + (sw * channels) || dst.Length < dw * dh * channels || scratch.Length < ScratchLength(sh, dw, channels))
        {
            throw new ArgumentException("Resize: span sizes do not match the axes.");
        }

        HorizontalPass(src, srcStride, sw, sh, channels, xAxis, scratch, Pointwise.Uses128);

        int yt = yAxis.Taps;
        var yi = yAxis.Index;
        var yw = yAxis.Weight;
        int rowLen = dw * channels;
        var acc = scratch.Slice(sh * rowLen, rowLen);
        for (int y = 0; y < dh; y++)
        {
            int b = y * yt;
            acc.Clear();
            for (int k = 0; k < yt; k++)
            {
                float wv = yw[b + k];
                if (wv != 0)
                {
                    System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(scratch.Slice(yi[b + k] * rowLen, rowLen), wv, acc, acc);
                }
            }

            PixelMath.FromFloats<T>(acc, dst.Slice(y * rowLen, rowLen));
        }
    }

    /// <summary>Resizes a byte window without scratch or per-call tables when the filter reads at most two adjacent source
    /// pixels per output (bilinear without antialias or when enlarging, nearest), with the same bytes as
    /// <see cref="Apply{T}(ReadOnlySpan{T}, int, Span{T}, int, ResizeAxis, ResizeAxis, Span{float})"/>; returns false, writing nothing, for other filters.</summary>
    /// <param name="src">Source pixels from the window's top-left pixel on.</param>
    /// <param name="srcStride">Elements from one source row to the next (at least srcWidth * channels).</param>
    /// <param name="srcWidth">Window width.</param>
    /// <param name="srcHeight">Window height.</param>
    /// <param name="dst">Destination pixels (dstWidth x dstHeight).</param>
    /// <param name="dstWidth">Output width.</param>
    /// <param name="dstHeight">Output height.</param>
    /// <param name="channels">Interleaved channels.</param>
    /// <param name="interpolation">The filter.</param>
    /// <param name="antialias">Whether downscaling widens the filter.</param>
    public static bool TryApplyTwoTap(ReadOnlySpan<byte> src, int srcStride, int srcWidth, int srcHeight, Span<byte> dst, int dstWidth, int dstHeight,
        int channels, Interpolation interpolation, bool antialias) =>
        TryApplyTwoTap(src, srcStride, srcWidth, srcHeight, dst, dstWidth, dstHeight, channels, interpolation, antialias, allowSimd: true);

    /// <summary>The two-tap resize with the vector paths optionally off (tests compare both).</summary>
    internal static bool TryApplyTwoTap(ReadOnlySpan<byte> src, int srcStride, int srcWidth, int srcHeight, Span<byte> dst, int dstWidth, int dstHeight,
        int channels, Interpolation interpolation, bool antialias, bool allowSimd)
    {
        if (channels < 1 || srcWidth < 1 || srcHeight < 1 || dstWidth < 1 || dstHeight < 1 || srcStride < srcWidth * channels ||
            src.Length < ((long)(srcHeight - 1) * srcStride) + (srcWidth * channels) || dst.Length < (long)dstWidth * dstHeight * channels)
        {
            throw new ArgumentException($"Resize.TryApplyTwoTap: spans do not hold a {srcWidth}x{srcHeight} window (stride {srcStride}) and a {dstWidth}x{dstHeight} output of {channels} channels.");
        }

        return TwoTapResize.TryApply(src, srcStride, srcWidth, srcHeight, dst, dstWidth, dstHeight, channels, interpolation, antialias, allowSimd);
    }

    /// <summary>Filters every source row along x into scratch rows (sh x dw x channels floats).</summary>
    /// <remarks>For 3 and 4 channels one Vector128 carries a pixel's channels through the taps; each lane sums its taps in
    /// the scalar order (zero weights skipped), so the floats equal the scalar loop's bit for bit.</remarks>
    internal static void HorizontalPass<T>(ReadOnlySpan<T> src, int sw, int sh, int channels, ResizeAxis xAxis, Span<float> scratch, bool allowSimd)
        where T : unmanaged => HorizontalPass(src, sw * channels, sw, sh, channels, xAxis, scratch, allowSimd);

    /// <summary>The horizontal pass over rows srcStride elements apart.</summary>
    internal static void HorizontalPass<T>(ReadOnlySpan<T> src, int srcStride, int sw, int sh, int channels, ResizeAxis xAxis, Span<float> scratch, bool allowSimd)
        where T : unmanaged
    {
        bool simd = allowSimd && Pointwise.Uses128 && channels is 3 or 4;
        int rowLength = sw * channels + 4;
        float[]? rented = simd && typeof(T) == typeof(byte) && rowLength > 4096 ? ArrayPool<float>.Shared.Rent(rowLength) : null;
        Span<float> row = rented ?? (simd && typeof(T) == typeof(byte) ? stackalloc float[4096] : default);
        try
        {
            Rows(src, srcStride, sw, sh, channels, xAxis, scratch, simd, row);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<float>.Shared.Return(rented);
            }
        }
    }

    private static void Rows<T>(ReadOnlySpan<T> src, int srcStride, int sw, int sh, int channels, ResizeAxis xAxis, Span<float> scratch, bool simd, Span<float> row)
        where T : unmanaged
    {
        int dw = xAxis.OutSize, xt = xAxis.Taps;
        var xi = xAxis.Index;
        var xw = xAxis.Weight;
        int srcLen = src.Length;
        int scratchLen = scratch.Length;
        ref T s0 = ref MemoryMarshal.GetReference(src);
        ref float t0 = ref MemoryMarshal.GetReference(scratch);
        for (int y = 0; y < sh; y++)
        {
            int srow = y * srcStride;
            int trow = y * dw * channels;

            // A 4-lane load of a 3-channel pixel reads one element past it: fine except at the very end of the image,
            // and a 4-lane store writes one element past the pixel, which must stay inside scratch.
            bool rowSimd = simd && (channels == 4 || (srow + sw * channels + 1 <= srcLen && trow + dw * channels + 1 <= scratchLen));
            if (rowSimd && typeof(T) == typeof(byte) && channels * sw + 4 <= row.Length && trow + dw * channels + 4 <= scratchLen)
            {
                // Bytes are widened to floats once per row; every weight then meets finite values, so the zero-weight
                // taps the scalar loop skips add exactly +0 and need no branch.
                WidenRow(MemoryMarshal.Cast<T, byte>(src).Slice(srow, sw * channels), row);
                ref float r0 = ref MemoryMarshal.GetReference(row);
                ref int i0 = ref MemoryMarshal.GetArrayDataReference(xi);
                ref float w0 = ref MemoryMarshal.GetArrayDataReference(xw);
                for (int x = 0; x < dw; x++)
                {
                    int b = x * xt;
                    var acc = Vector128<float>.Zero;
                    for (int k = 0; k < xt; k++)
                    {
                        acc += Vector128.Create(Unsafe.Add(ref w0, b + k)) * Vector128.LoadUnsafe(ref r0, (nuint)(Unsafe.Add(ref i0, b + k) * channels));
                    }

                    acc.StoreUnsafe(ref t0, (nuint)(trow + x * channels));
                }

                continue;
            }

            if (rowSimd)
            {
                for (int x = 0; x < dw; x++)
                {
                    int b = x * xt;
                    var acc = Vector128<float>.Zero;
                    for (int k = 0; k < xt; k++)
                    {
                        float wv = xw[b + k];
                        if (wv != 0)
                        {
                            acc += Vector128.Create(wv) * Load4(ref Unsafe.Add(ref s0, srow + xi[b + k] * channels));
                        }
                    }

                    acc.StoreUnsafe(ref t0, (nuint)(trow + x * channels));
                }

                continue;
            }

            for (int x = 0; x < dw; x++)
            {
                int b = x * xt;
                for (int c = 0; c < channels; c++)
                {
                    float sum = 0;
                    for (int k = 0; k < xt; k++)
                    {
                        float wv = xw[b + k];
                        if (wv != 0)
                        {
                            sum += wv * PixelMath.Load(src, srow + xi[b + k] * channels + c);
                        }
                    }

                    scratch[trow + x * channels + c] = sum;
                }
            }
        }
    }

    /// <summary>Widens a row of bytes to floats (a Vector256 of bytes to four of floats at a time).</summary>
    private static void WidenRow(ReadOnlySpan<byte> bytes, Span<float> floats)
    {
        int i = 0;
        if (Pointwise.Uses256)
        {
            ref byte b0 = ref MemoryMarshal.GetReference(bytes);
            ref float f0 = ref MemoryMarshal.GetReference(floats);
            for (; i <= bytes.Length - 16; i += 16)
            {
                var (lo, _) = Vector256.Widen(Vector128.LoadUnsafe(ref b0, (nuint)i).ToVector256Unsafe());
                var (a, b) = Vector256.Widen(lo);
                Vector256.ConvertToSingle(a.AsInt32()).StoreUnsafe(ref f0, (nuint)i);
                Vector256.ConvertToSingle(b.AsInt32()).StoreUnsafe(ref f0, (nuint)(i + 8));
            }
        }

        for (; i < bytes.Length; i++)
        {
            floats[i] = bytes[i];
        }
    }

    /// <summary>Four consecutive elements from p as floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> Load4<T>(ref T p)
        where T : unmanaged
    {
        if (typeof(T) == typeof(byte))
        {
            var b = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<uint>(ref Unsafe.As<T, byte>(ref p))).AsByte();
            return Vector128.ConvertToSingle(Vector128.WidenLower(Vector128.WidenLower(b)).AsInt32());
        }

        return Vector128.LoadUnsafe(ref Unsafe.As<T, float>(ref p));
    }
}
