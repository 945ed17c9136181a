using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SharpAugment.Kernels;

/// <summary>Resampling by an inverse map: each output pixel centre is mapped into the source and sampled, as torch's grid_sample with align_corners=False.</summary>
/// <remarks>
/// Coordinates are continuous (pixel i spans [i, i+1)); the source index is the mapped point minus 0.5.
/// Nearest rounds half to even (torch's round); bilinear and bicubic treat taps outside the image by the border
/// mode, and with a constant border the fill enters with the weight of the missing taps, which equals
/// torchvision's mask-based fill.
/// </remarks>
public static class Warp
{
    /// <summary>Warps through a projective inverse map (output continuous coordinates to source continuous coordinates).</summary>
    /// <param name="src">Source pixels.</param>
    /// <param name="srcWidth">Source width.</param>
    /// <param name="srcHeight">Source height.</param>
    /// <param name="channels">Channels of both images.</param>
    /// <param name="dst">Destination pixels.</param>
    /// <param name="dstWidth">Destination width.</param>
    /// <param name="dstHeight">Destination height.</param>
    /// <param name="inverse">The map from output to source continuous coordinates: a 3x3 matrix, nine coefficients row by row.</param>
    /// <param name="interpolation">Nearest, bilinear or bicubic.</param>
    /// <param name="border">What is read outside the source.</param>
    /// <param name="fill">The fill per channel (pixel units: 0..255 for bytes) for a constant border.</param>
    public static void Projective<T>(ReadOnlySpan<T> src, int srcWidth, int srcHeight, int channels, Span<T> dst, int dstWidth, int dstHeight,
        ReadOnlySpan<double> inverse, Interpolation interpolation, BorderMode border, ReadOnlySpan<float> fill)
        where T : unmanaged
    {
        Check(src, srcWidth, srcHeight, channels, dst, dstWidth, dstHeight, fill);
        CheckMatrix(inverse, 9);
        if (typeof(T) == typeof(byte))
        {
            ByteWarp.Projective(MemoryMarshal.Cast<T, byte>(src), srcWidth, srcHeight, channels, MemoryMarshal.Cast<T, byte>(dst), dstWidth, dstHeight,
                inverse, interpolation, border, fill, allowSimd: true);
            return;
        }

        ProjectiveGeneric(src, srcWidth, srcHeight, channels, dst, dstWidth, dstHeight, inverse, interpolation, border, fill);
    }

    /// <summary>The per-pixel generic kernel: the float path, and the reference the uint8 fast path must equal byte for byte.</summary>
    internal static void ProjectiveGeneric<T>(ReadOnlySpan<T> src, int srcWidth, int srcHeight, int channels, Span<T> dst, int dstWidth, int dstHeight,
        ReadOnlySpan<double> inverse, Interpolation interpolation, BorderMode border, ReadOnlySpan<float> fill)
        where T : unmanaged
    {
        Check(src, srcWidth, srcHeight, channels, dst, dstWidth, dstHeight, fill);
        CheckMatrix(inverse, 9);
        bool affine = IsAffine(inverse);
        double m00 = inverse[0], m01 = inverse[1], m02 = inverse[2], m10 = inverse[3], m11 = inverse[4], m12 = inverse[5];
        double m20 = inverse[6], m21 = inverse[7], m22 = inverse[8];
        for (int y = 0; y < dstHeight; y++)
        {
            double py = y + 0.5;
            double rx = m01 * py + m02, ry = m11 * py + m12, rw = m21 * py + m22;
            int o = y * dstWidth * channels;
            for (int x = 0; x < dstWidth; x++, o += channels)
            {
                double px = x + 0.5;
                double sx = m00 * px + rx, sy = m10 * px + ry;
                if (!affine)
                {
                    double w = m20 * px + rw;
                    sx /= w;
                    sy /= w;
                }

                SamplePixel(src, srcWidth, srcHeight, channels, (float)(sx - 0.5), (float)(sy - 0.5), interpolation, border, fill, dst, o);
            }
        }
    }

    /// <summary>An affine warp computed as torch 1.13 computes F.affine / F.rotate on CPU, so nearest and bilinear outputs equal torchvision's bit for bit.</summary>
    /// <remarks>
    /// torch rounds the centred inverse matrix to float32, builds the base grid with a float32 linspace, multiplies in
    /// float32 without fusing, unnormalizes with one fused multiply-add, and sums the four bilinear taps with fused
    /// multiply-adds (its AVX2 kernels are compiled with contraction). A zero fill is torch's zero padding; another fill
    /// goes through torch's mask channel: value * mask + (1 - mask) * fill. Constant border only.
    /// <paramref name="theta"/> is torchvision's inverse in coordinates centred on both images (<c>_get_inverse_affine_matrix</c>),
    /// its six affine coefficients row by row, as torch receives it; a longer span (a whole 3x3 matrix) is read for those six.
    /// </remarks>
    public static void TorchAffine<T>(ReadOnlySpan<T> src, int srcWidth, int srcHeight, int channels, Span<T> dst, int dstWidth, int dstHeight,
        ReadOnlySpan<double> theta, Interpolation interpolation, ReadOnlySpan<float> fill)
        where T : unmanaged =>
        TorchAffine(src, srcWidth, srcHeight, channels, dst, dstWidth, dstHeight, theta, interpolation, fill, allowSimd: true);

    /// <summary>The torchvision-exact affine warp with an explicit path, so tests run the vector and the scalar code on the same machine.</summary>
    internal static void TorchAffine<T>(ReadOnlySpan<T> src, int srcWidth, int srcHeight, int channels, Span<T> dst, int dstWidth, int dstHeight,
        ReadOnlySpan<double> theta, Interpolation interpolation, ReadOnlySpan<float> fill, bool allowSimd)
        where T : unmanaged
    {
        Check(src, srcWidth, srcHeight, channels, dst, dstWidth, dstHeight, fill);
        CheckMatrix(theta, 6);
        if (interpolation is not (Interpolation.Nearest or Interpolation.Bilinear))
        {
            throw new ArgumentException("Warp.TorchAffine: nearest or bilinear interpolation only.");
        }

        float hw = (float)(0.5 * srcWidth), hh = (float)(0.5 * srcHeight);
        float r00 = (float)theta[0] / hw, r10 = (float)theta[1] / hw, r20 = (float)theta[2] / hw;
        float r01 = (float)theta[3] / hh, r11 = (float)theta[4] / hh, r21 = (float)theta[5] / hh;
        bool useMask = UsesMask(fill, channels);
        Span<float> bx = dstWidth <= 4096 ? stackalloc float[dstWidth] : new float[dstWidth];
        Span<float> by = dstHeight <= 4096 ? stackalloc float[dstHeight] : new float[dstHeight];
        TorchLinspace.Fill(-dstWidth * 0.5 + 0.5, dstWidth * 0.5 - 0.5, bx);
        TorchLinspace.Fill(-dstHeight * 0.5 + 0.5, dstHeight * 0.5 - 0.5, by);

        // uint8 RGB(A) with AVX2 and FMA: bilinear runs ByteWarp.TorchBilinear over the whole image; nearest takes eight pixels
        // per step where they are all inside.
        bool fast = allowSimd && typeof(T) == typeof(byte) && channels is 3 or 4 && System.Runtime.Intrinsics.X86.Avx2.IsSupported && System.Runtime.Intrinsics.X86.Fma.IsSupported
                    && (long)srcWidth * srcHeight * channels + 4 <= int.MaxValue;
        if (fast && interpolation == Interpolation.Bilinear)
        {
            ByteWarp.TorchBilinear(MemoryMarshal.AsBytes(src), srcWidth, srcHeight, channels, MemoryMarshal.AsBytes(dst), dstWidth, dstHeight,
                bx, by, r00, r10, r20, r01, r11, r21, hw, hh, fill);
            return;
        }

        int dstLength = dstWidth * dstHeight * channels;
        ref byte srcBytes = ref MemoryMarshal.GetReference(MemoryMarshal.AsBytes(src));
        ref byte dstBytes = ref MemoryMarshal.GetReference(MemoryMarshal.AsBytes(dst));
        for (int y = 0; y < dstHeight; y++)
        {
            float ry0 = by[y] * r10, ry1 = by[y] * r11;
            int o = y * dstWidth * channels;
            for (int x = 0; x < dstWidth; x++, o += channels)
            {
                if (fast && (x & 7) == 0 && x + 8 <= dstWidth && o + 32 <= dstLength
                    && ByteWarp.TorchNearestGroup(ref srcBytes, srcWidth, srcHeight, channels, ref bx[x], ry0, ry1, r00, r01, r20, r21, hw, hh,
                        ref Unsafe.Add(ref dstBytes, o)))
                {
                    x += 7;
                    o += 7 * channels;
                    continue;
                }

                float gx = (bx[x] * r00 + ry0) + r20;
                float gy = (bx[x] * r01 + ry1) + r21;
                float u = MathF.FusedMultiplyAdd(gx + 1f, hw, -0.5f);
                float v = MathF.FusedMultiplyAdd(gy + 1f, hh, -0.5f);
                if (interpolation == Interpolation.Nearest)
                {
                    TorchNearest(src, srcWidth, srcHeight, channels, u, v, fill, dst, o);
                }
                else
                {
                    TorchBilinear(src, srcWidth, srcHeight, channels, u, v, useMask, fill, dst, o);
                }
            }
        }
    }

    /// <summary>Whether nine coefficients (row by row) have the last row (0, 0, 1), so the map needs no perspective divide.</summary>
    internal static bool IsAffine(ReadOnlySpan<double> m) => m[6] == 0 && m[7] == 0 && m[8] == 1;

    private static void CheckMatrix(ReadOnlySpan<double> m, int length)
    {
        if (m.Length < length)
        {
            throw new ArgumentException($"Warp: the matrix needs {length} coefficients row by row, got {m.Length}.");
        }
    }

    /// <summary>Whether a fill goes through torch's mask channel: any non-zero value (a zero fill is its zero padding).</summary>
    internal static bool UsesMask(ReadOnlySpan<float> fill, int channels)
    {
        bool useMask = false;
        for (int c = 0; c < channels; c++)
        {
            useMask |= fill[c] != 0;
        }

        return useMask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void TorchNearest<T>(ReadOnlySpan<T> src, int w, int h, int channels, float u, float v, ReadOnlySpan<float> fill, Span<T> dst, int o)
        where T : unmanaged
    {
        if (!(MathF.Abs(u) < 1e8f && MathF.Abs(v) < 1e8f))
        {
            WriteFill(dst, o, channels, fill);
            return;
        }

        // Inside torch's range the lookup is the shared nearest kernel with a constant border (round half to even).
        Nearest(src, w, h, channels, u, v, BorderMode.Constant, fill, dst, o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void TorchBilinear<T>(ReadOnlySpan<T> src, int w, int h, int channels, float u, float v, bool useMask, ReadOnlySpan<float> fill, Span<T> dst, int o)
        where T : unmanaged
    {
        if (!(MathF.Abs(u) < 1e8f && MathF.Abs(v) < 1e8f))
        {
            WriteFill(dst, o, channels, fill);
            return;
        }

        float fx = MathF.Floor(u), fy = MathF.Floor(v);
        int x0 = (int)fx, y0 = (int)fy;
        float we = u - fx, n = v - fy;
        float e = 1f - we, s = 1f - n;
        float nw = s * e, ne = s * we, sw = n * e, se = n * we;
        bool inW0 = (uint)x0 < (uint)w, inW1 = (uint)(x0 + 1) < (uint)w, inH0 = (uint)y0 < (uint)h, inH1 = (uint)(y0 + 1) < (uint)h;
        float mask = 1f;
        if (useMask)
        {
            float mnw = inW0 && inH0 ? 1f : 0f, mne = inW1 && inH0 ? 1f : 0f, msw = inW0 && inH1 ? 1f : 0f, mse = inW1 && inH1 ? 1f : 0f;
            mask = MathF.FusedMultiplyAdd(mse, se, MathF.FusedMultiplyAdd(msw, sw, MathF.FusedMultiplyAdd(mne, ne, mnw * nw)));
        }

        int row0 = y0 * w, row1 = (y0 + 1) * w;
        for (int c = 0; c < channels; c++)
        {
            float vnw = inW0 && inH0 ? PixelMath.Load(src, (row0 + x0) * channels + c) : 0f;
            float vne = inW1 && inH0 ? PixelMath.Load(src, (row0 + x0 + 1) * channels + c) : 0f;
            float vsw = inW0 && inH1 ? PixelMath.Load(src, (row1 + x0) * channels + c) : 0f;
            float vse = inW1 && inH1 ? PixelMath.Load(src, (row1 + x0 + 1) * channels + c) : 0f;
            float r = MathF.FusedMultiplyAdd(vse, se, MathF.FusedMultiplyAdd(vsw, sw, MathF.FusedMultiplyAdd(vne, ne, vnw * nw)));
            if (useMask)
            {
                r = r * mask + (1f - mask) * fill[c];
            }

            dst[o + c] = PixelMath.From<T>(r);
        }
    }

    /// <summary>Warps through per-pixel source coordinates (index coordinates, pixel centres at integers), as elastic and grid distortion produce.</summary>
    public static void Remap<T>(ReadOnlySpan<T> src, int srcWidth, int srcHeight, int channels, Span<T> dst, int dstWidth, int dstHeight,
        ReadOnlySpan<float> mapX, ReadOnlySpan<float> mapY, Interpolation interpolation, BorderMode border, ReadOnlySpan<float> fill)
        where T : unmanaged
    {
        Check(src, srcWidth, srcHeight, channels, dst, dstWidth, dstHeight, fill);
        int n = dstWidth * dstHeight;
        if (mapX.Length < n || mapY.Length < n)
        {
            throw new ArgumentException($"Warp.Remap: maps must hold {dstWidth}x{dstHeight} coordinates.");
        }

        for (int i = 0; i < n; i++)
        {
            SamplePixel(src, srcWidth, srcHeight, channels, mapX[i], mapY[i], interpolation, border, fill, dst, i * channels);
        }
    }

    /// <summary>Samples one pixel at source index coordinates (u, v) into dst[o .. o+channels).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SamplePixel<T>(ReadOnlySpan<T> src, int w, int h, int channels, float u, float v,
        Interpolation interpolation, BorderMode border, ReadOnlySpan<float> fill, Span<T> dst, int o)
        where T : unmanaged
    {
        if (!float.IsFinite(u) || !float.IsFinite(v) || MathF.Abs(u) > 1e8f || MathF.Abs(v) > 1e8f)
        {
            WriteFill(dst, o, channels, fill);
            return;
        }

        switch (interpolation)
        {
            case Interpolation.Nearest:
                Nearest(src, w, h, channels, u, v, border, fill, dst, o);
                break;
            case Interpolation.Bicubic:
                Bicubic(src, w, h, channels, u, v, border, fill, dst, o);
                break;
            default:
                Bilinear(src, w, h, channels, u, v, border, fill, dst, o);
                break;
        }
    }

    private static void WriteFill<T>(Span<T> dst, int o, int channels, ReadOnlySpan<float> fill)
        where T : unmanaged
    {
        for (int c = 0; c < channels; c++)
        {
            dst[o + c] = PixelMath.From<T>(fill[c]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Nearest<T>(ReadOnlySpan<T> src, int w, int h, int channels, float u, float v, BorderMode border, ReadOnlySpan<float> fill, Span<T> dst, int o)
        where T : unmanaged
    {
        int xi = Border.Index((int)MathF.Round(u), w, border);
        int yi = Border.Index((int)MathF.Round(v), h, border);
        if (xi < 0 || yi < 0)
        {
            WriteFill(dst, o, channels, fill);
            return;
        }

        int s = (yi * w + xi) * channels;
        for (int c = 0; c < channels; c++)
        {
            dst[o + c] = src[s + c];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Bilinear<T>(ReadOnlySpan<T> src, int w, int h, int channels, float u, float v, BorderMode border, ReadOnlySpan<float> fill, Span<T> dst, int o)
        where T : unmanaged
    {
        float fx0 = MathF.Floor(u), fy0 = MathF.Floor(v);
        int x0 = (int)fx0, y0 = (int)fy0;
        float ax = u - fx0, ay = v - fy0;
        float w00 = (1 - ax) * (1 - ay), w10 = ax * (1 - ay), w01 = (1 - ax) * ay, w11 = ax * ay;
        if ((uint)x0 < (uint)(w - 1) && (uint)y0 < (uint)(h - 1))
        {
            int s00 = (y0 * w + x0) * channels, s01 = s00 + w * channels;
            for (int c = 0; c < channels; c++)
            {
                float r = w00 * PixelMath.Load(src, s00 + c) + w10 * PixelMath.Load(src, s00 + channels + c)
                        + w01 * PixelMath.Load(src, s01 + c) + w11 * PixelMath.Load(src, s01 + channels + c);
                dst[o + c] = PixelMath.From<T>(r);
            }

            return;
        }

        int xa = Border.Index(x0, w, border), xb = Border.Index(x0 + 1, w, border);
        int ya = Border.Index(y0, h, border), yb = Border.Index(y0 + 1, h, border);
        for (int c = 0; c < channels; c++)
        {
            float r = Tap(src, w, channels, xa, ya, c, fill) * w00 + Tap(src, w, channels, xb, ya, c, fill) * w10
                    + Tap(src, w, channels, xa, yb, c, fill) * w01 + Tap(src, w, channels, xb, yb, c, fill) * w11;
            dst[o + c] = PixelMath.From<T>(r);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Tap<T>(ReadOnlySpan<T> src, int w, int channels, int x, int y, int c, ReadOnlySpan<float> fill)
        where T : unmanaged => x < 0 || y < 0 ? fill[c] : PixelMath.Load(src, (y * w + x) * channels + c);

    private static void Bicubic<T>(ReadOnlySpan<T> src, int w, int h, int channels, float u, float v, BorderMode border, ReadOnlySpan<float> fill, Span<T> dst, int o)
        where T : unmanaged
    {
        float fx0 = MathF.Floor(u), fy0 = MathF.Floor(v);
        int x0 = (int)fx0 - 1, y0 = (int)fy0 - 1;
        Span<float> wx = stackalloc float[4];
        Span<float> wy = stackalloc float[4];
        CubicWeights(u - fx0, -0.75f, wx);
        CubicWeights(v - fy0, -0.75f, wy);
        Span<int> xs = stackalloc int[4];
        Span<int> ys = stackalloc int[4];
        for (int k = 0; k < 4; k++)
        {
            xs[k] = Border.Index(x0 + k, w, border);
            ys[k] = Border.Index(y0 + k, h, border);
        }

        for (int c = 0; c < channels; c++)
        {
            float r = 0;
            for (int j = 0; j < 4; j++)
            {
                float row = 0;
                for (int i = 0; i < 4; i++)
                {
                    row += wx[i] * Tap(src, w, channels, xs[i], ys[j], c, fill);
                }

                r += wy[j] * row;
            }

            dst[o + c] = PixelMath.From<T>(r);
        }
    }

    /// <summary>Keys' cubic convolution weights for the four taps around a fraction t (taps at -1, 0, 1, 2).</summary>
    public static void CubicWeights(float t, float a, Span<float> weights)
    {
        weights[0] = Cubic2(t + 1, a);
        weights[1] = Cubic1(t, a);
        weights[2] = Cubic1(1 - t, a);
        weights[3] = Cubic2(2 - t, a);
    }

    private static float Cubic1(float x, float a) => ((a + 2) * x - (a + 3)) * x * x + 1;

    private static float Cubic2(float x, float a) => ((a * x - 5 * a) * x + 8 * a) * x - 4 * a;

    private static void Check<T>(ReadOnlySpan<T> src, int sw, int sh, int ch, Span<T> dst, int dw, int dh, ReadOnlySpan<float> fill)
    {
        if (src.Length < (long)sw * sh * ch || dst.Length < (long)dw * dh * ch)
        {
            throw new ArgumentException("Warp: span sizes do not match the given dimensions.");
        }

        if (fill.Length < ch)
        {
            throw new ArgumentException($"Warp: fill must have one value per channel ({ch}).", nameof(fill));
        }
    }
}
