using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SharpAugment.Kernels;

/// <summary>
/// Dense 2-D correlation with a float kernel and reflect-101 borders, as OpenCV's filter2D (the kernel is not flipped) and
/// sepFilter2D: sums in float32 over the nonzero taps in row-major order, bytes rounded half to even and saturated,
/// floats clamped to [0, 1] as Albumentations' <c>@clipped</c> does.
/// </summary>
public static class Filter2D
{
    /// <summary>Floats of scratch that <see cref="Correlate(ReadOnlySpan{byte}, Span{byte}, Span{float}, int, int, int, ReadOnlySpan{float}, int, int)"/> needs: one padded row and one accumulator row.</summary>
    public static int ScratchLength(int width, int channels, int kernelWidth) => ((width + kernelWidth) * channels) + (width * channels);

    /// <summary>Floats of scratch that the separable passes need: the horizontal result of the whole image plus <see cref="ScratchLength"/>.</summary>
    public static int SeparableScratchLength(int width, int height, int channels, int kernelSize) => (width * height * channels) + ScratchLength(width, channels, kernelSize);

    /// <summary>Correlates a byte image with a kw x kh kernel (row-major), anchor at the centre, rounding half to even.</summary>
    /// <param name="src">Source pixels.</param>
    /// <param name="dst">Destination pixels (not the source).</param>
    /// <param name="scratch">At least <see cref="ScratchLength"/> floats.</param>
    /// <param name="width">Image width.</param>
    /// <param name="height">Image height.</param>
    /// <param name="channels">Interleaved channels; all are filtered.</param>
    /// <param name="kernel">kw*kh taps, row-major.</param>
    /// <param name="kernelWidth">Taps per row (odd).</param>
    /// <param name="kernelHeight">Rows (odd).</param>
    public static void Correlate(ReadOnlySpan<byte> src, Span<byte> dst, Span<float> scratch, int width, int height, int channels, ReadOnlySpan<float> kernel, int kernelWidth, int kernelHeight)
    {
        Check(src.Length, dst.Length, scratch.Length, width, height, channels, kernel.Length, kernelWidth, kernelHeight);
        int rowLen = width * channels;
        var acc = scratch.Slice(0, rowLen);
        var pad = scratch.Slice(rowLen, (width + kernelWidth) * channels);
        for (int y = 0; y < height; y++)
        {
            AccumulateRow(src, acc, pad, y, width, height, channels, kernel, kernelWidth, kernelHeight);
            var d = dst.Slice(y * rowLen, rowLen);
            for (int i = 0; i < rowLen; i++)
            {
                d[i] = RoundByte(acc[i]);
            }
        }
    }

    /// <summary>Correlates a float image with a kw x kh kernel (row-major), clamping results to [0, 1].</summary>
    /// <param name="src">Source pixels.</param>
    /// <param name="dst">Destination pixels (not the source).</param>
    /// <param name="scratch">At least <see cref="ScratchLength"/> floats.</param>
    /// <param name="width">Image width.</param>
    /// <param name="height">Image height.</param>
    /// <param name="channels">Interleaved channels; all are filtered.</param>
    /// <param name="kernel">kw*kh taps, row-major.</param>
    /// <param name="kernelWidth">Taps per row (odd).</param>
    /// <param name="kernelHeight">Rows (odd).</param>
    /// <param name="clamp">Whether results are clamped to [0, 1].</param>
    public static void Correlate(ReadOnlySpan<float> src, Span<float> dst, Span<float> scratch, int width, int height, int channels, ReadOnlySpan<float> kernel, int kernelWidth, int kernelHeight, bool clamp = true)
    {
        Check(src.Length, dst.Length, scratch.Length, width, height, channels, kernel.Length, kernelWidth, kernelHeight);
        int rowLen = width * channels;
        var acc = scratch.Slice(0, rowLen);
        var pad = scratch.Slice(rowLen, (width + kernelWidth) * channels);
        for (int y = 0; y < height; y++)
        {
            AccumulateRow(src, acc, pad, y, width, height, channels, kernel, kernelWidth, kernelHeight);
            var d = dst.Slice(y * rowLen, rowLen);
            if (clamp)
            {
                for (int i = 0; i < rowLen; i++)
                {
                    d[i] = Math.Clamp(acc[i], 0f, 1f);
                }
            }
            else
            {
                acc.CopyTo(d);
            }
        }
    }

    /// <summary>Separable correlation of a float image, horizontal pass then vertical, reflect-101 borders, no clamping (OpenCV's GaussianBlur and sepFilter2D on float32).</summary>
    /// <param name="src">Source pixels.</param>
    /// <param name="dst">Destination pixels (may not be the source).</param>
    /// <param name="scratch">At least <see cref="SeparableScratchLength"/> floats.</param>
    /// <param name="width">Image width.</param>
    /// <param name="height">Image height.</param>
    /// <param name="channels">Interleaved channels.</param>
    /// <param name="kernelX">Horizontal taps (odd count).</param>
    /// <param name="kernelY">Vertical taps (odd count, same count as <paramref name="kernelX"/>).</param>
    public static void Separable(ReadOnlySpan<float> src, Span<float> dst, Span<float> scratch, int width, int height, int channels, ReadOnlySpan<float> kernelX, ReadOnlySpan<float> kernelY)
    {
        int k = kernelX.Length;
        if (kernelY.Length != k)
        {
            throw new ArgumentException("Filter2D.Separable: both kernels must have the same size.", nameof(kernelY));
        }

        int n = width * height * channels;
        if (scratch.Length < SeparableScratchLength(width, height, channels, k))
        {
            throw new ArgumentException($"Filter2D.Separable: scratch needs {SeparableScratchLength(width, height, channels, k)} floats.", nameof(scratch));
        }

        var rows = scratch.Slice(0, n);
        var rest = scratch.Slice(n);
        Correlate(src, rows, rest, width, height, channels, kernelX, k, 1, clamp: false);
        Correlate(rows, dst, rest, width, height, channels, kernelY, 1, k, clamp: false);
    }

    /// <summary>OpenCV's getGaussianKernel for CV_32F: its fixed tables for sizes 1 to 7 when sigma is not positive, otherwise exp(-x^2 / (2 sigma^2)) normalized, with sigma = 0.3((k-1)/2 - 1) + 0.8 when not positive.</summary>
    public static void OpenCvGaussian(Span<float> kernel, double sigma)
    {
        int k = kernel.Length;
        if (k < 1 || k % 2 == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(kernel), k, "Filter2D.OpenCvGaussian: the size must be odd and positive.");
        }

        if (sigma <= 0 && k <= 7)
        {
            ReadOnlySpan<float> table = k switch
            {
                1 => [1f],
                3 => [0.25f, 0.5f, 0.25f],
                5 => [0.0625f, 0.25f, 0.375f, 0.25f, 0.0625f],
                _ => [0.03125f, 0.109375f, 0.21875f, 0.28125f, 0.21875f, 0.109375f, 0.03125f],
            };
            table.CopyTo(kernel);
            return;
        }

        double s = sigma > 0 ? sigma : (((k - 1) * 0.5) - 1) * 0.3 + 0.8;
        double scale2X = -0.5 / (s * s);
        double sum = 0;
        for (int i = 0; i < k; i++)
        {
            double x = i - ((k - 1) * 0.5);
            kernel[i] = (float)Math.Exp(scale2X * x * x);
            sum += kernel[i];
        }

        double inv = 1.0 / sum;
        for (int i = 0; i < k; i++)
        {
            kernel[i] = (float)(kernel[i] * inv);
        }
    }

    // acc = sum over taps of k * src(row reflect(y+dy), col reflect(x+dx)), one output row, taps in row-major order.
    private static void AccumulateRow<T>(ReadOnlySpan<T> src, Span<float> acc, Span<float> pad, int y, int width, int height, int channels, ReadOnlySpan<float> kernel, int kw, int kh)
        where T : unmanaged
    {
        acc.Clear();
        int rx = kw / 2, ry = kh / 2;
        int rowLen = width * channels;
        for (int ky = 0; ky < kh; ky++)
        {
            var taps = kernel.Slice(ky * kw, kw);
            if (!HasNonzero(taps))
            {
                continue;
            }

            int sy = Border.Index(y + ky - ry, height, BorderMode.Reflect);
            var row = src.Slice(sy * rowLen, rowLen);
            // The source row with rx reflected pixels on each side, as floats: the interior in one conversion, the
            // 2 rx border pixels through the border rule.
            var interior = pad.Slice(rx * channels, rowLen);
            if (typeof(T) == typeof(byte))
            {
                TensorPrimitives.ConvertChecked<byte, float>(MemoryMarshal.Cast<T, byte>(row), interior);
            }
            else
            {
                MemoryMarshal.Cast<T, float>(row).CopyTo(interior);
            }

            for (int b = 0; b < 2 * rx; b++)
            {
                int px = b < rx ? b - rx : width + (b - rx);
                int sx = Border.Index(px, width, BorderMode.Reflect) * channels;
                int o = (px + rx) * channels;
                for (int c = 0; c < channels; c++)
                {
                    pad[o + c] = ToFloat(row[sx + c]);
                }
            }

            for (int kx = 0; kx < kw; kx++)
            {
                float t = taps[kx];
                if (t != 0f)
                {
                    AddScaled(acc, pad.Slice(kx * channels, rowLen), t);
                }
            }
        }
    }

    private static bool HasNonzero(ReadOnlySpan<float> taps)
    {
        foreach (float t in taps)
        {
            if (t != 0f)
            {
                return true;
            }
        }

        return false;
    }

    // acc[i] += t * p[i]: multiply then add, never fused, so the vector and scalar paths give the same bits.
    private static void AddScaled(Span<float> acc, ReadOnlySpan<float> p, float t)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated && Vectorized.Pointwise.Uses256)
        {
            var tv = Vector256.Create(t);
            for (; i <= acc.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                var a = Vector256.Create(acc.Slice(i, Vector256<float>.Count));
                var x = Vector256.Create(p.Slice(i, Vector256<float>.Count));
                (a + (tv * x)).CopyTo(acc.Slice(i));
            }
        }

        for (; i < acc.Length; i++)
        {
            acc[i] += t * p[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float ToFloat<T>(T v)
        where T : unmanaged => typeof(T) == typeof(byte) ? (byte)(object)v : (float)(object)v;

    /// <summary>OpenCV's saturate_cast&lt;uchar&gt;(float): round half to even, then clamp to 0..255.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte RoundByte(float v) => (byte)Math.Clamp(MathF.Round(v), 0f, 255f);

    private static void Check(int srcLength, int dstLength, int scratchLength, int width, int height, int channels, int kernelLength, int kw, int kh)
    {
        int n = width * height * channels;
        if (kw < 1 || kh < 1 || kw % 2 == 0 || kh % 2 == 0 || kernelLength < kw * kh)
        {
            throw new ArgumentException($"Filter2D: a {kw}x{kh} kernel must have odd sides and {kw * kh} taps (got {kernelLength}).", nameof(kernelLength));
        }

        if (srcLength < n || dstLength < n || scratchLength < ScratchLength(width, channels, kw))
        {
            throw new ArgumentException($"Filter2D: spans too short for {width}x{height}x{channels} (scratch needs {ScratchLength(width, channels, kw)}).", nameof(scratchLength));
        }
    }
}
