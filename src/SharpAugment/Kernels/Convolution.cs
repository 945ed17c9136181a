using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SharpAugment.Kernels.Vectorized;

namespace SharpAugment.Kernels;

/// <summary>Separable Gaussian blur with reflect borders and the 3x3 smoothing of sharpness, following torchvision 0.14's tensor kernels (float32; bytes rounded half to even).</summary>
public static class Convolution
{
    // torchvision's sharpness kernel weights in float32: ones with 5 in the centre, divided by their sum 13.
    private const float SmoothSide = 1f / 13f;
    private const float SmoothCentre = 5f / 13f;

    /// <summary>torchvision _get_gaussian_kernel1d: x = linspace(-(k-1)/2, (k-1)/2, k), pdf = exp(-0.5 (x/sigma)^2), normalized to sum 1, all in float32.</summary>
    public static void GaussianKernel(Span<float> kernel, double sigma)
    {
        int k = kernel.Length;
        if (k < 1 || k % 2 == 0 || !(sigma > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), $"Convolution.GaussianKernel: size {k} must be odd and positive and sigma {sigma} positive.");
        }

        float s = (float)sigma;
        float half = (k - 1) * 0.5f;
        float sum = 0f;
        for (int i = 0; i < k; i++)
        {
            float x = (i - half) / s;
            kernel[i] = MathF.Exp(-0.5f * (x * x));
            sum += kernel[i];
        }

        for (int i = 0; i < k; i++)
        {
            kernel[i] /= sum;
        }
    }

    /// <summary>The element count of the float scratch that <see cref="Separable(ReadOnlySpan{byte}, Span{byte}, Span{float}, int, int, int, ReadOnlySpan{float}, ReadOnlySpan{float}, CancellationToken)"/> needs.</summary>
    public static int ByteScratchLength(int width, int height, int channels) => 2 * width * height * channels;

    /// <summary>Blurs a byte image: horizontal then vertical pass in float32 with reflect borders (no edge repeat), then round half to even.</summary>
    /// <param name="src">Source pixels.</param>
    /// <param name="dst">Destination pixels.</param>
    /// <param name="scratch">At least <see cref="ByteScratchLength"/> floats.</param>
    /// <param name="width">Image width.</param>
    /// <param name="height">Image height.</param>
    /// <param name="channels">Interleaved channels.</param>
    /// <param name="kernelX">Horizontal taps.</param>
    /// <param name="kernelY">Vertical taps.</param>
    /// <param name="cancellation">Checked once per row; a large kernel on a large image is a long loop.</param>
    public static void Separable(ReadOnlySpan<byte> src, Span<byte> dst, Span<float> scratch, int width, int height, int channels, ReadOnlySpan<float> kernelX, ReadOnlySpan<float> kernelY,
        CancellationToken cancellation = default)
    {
        int n = width * height * channels;
        if (scratch.Length < 2 * n || src.Length < n || dst.Length < n)
        {
            throw new ArgumentException($"Convolution.Separable: spans too short for {width}x{height}x{channels} (scratch needs {2 * n}).", nameof(scratch));
        }

        ByteSeparable(src, dst, scratch, width, height, channels, kernelX, kernelY, cancellation);
    }

    /// <summary>Blurs a float image (no clamping, as torchvision's float path); scratch holds width*height*channels floats.</summary>
    /// <param name="src">Source pixels.</param>
    /// <param name="dst">Destination pixels.</param>
    /// <param name="scratch">At least width*height*channels floats.</param>
    /// <param name="width">Image width.</param>
    /// <param name="height">Image height.</param>
    /// <param name="channels">Interleaved channels.</param>
    /// <param name="kernelX">Horizontal taps.</param>
    /// <param name="kernelY">Vertical taps.</param>
    /// <param name="cancellation">Checked once per row; a large kernel on a large image is a long loop.</param>
    public static void Separable(ReadOnlySpan<float> src, Span<float> dst, Span<float> scratch, int width, int height, int channels, ReadOnlySpan<float> kernelX, ReadOnlySpan<float> kernelY,
        CancellationToken cancellation = default)
    {
        int n = width * height * channels;
        if (scratch.Length < n || src.Length < n || dst.Length < n)
        {
            throw new ArgumentException($"Convolution.Separable: spans too short for {width}x{height}x{channels} (scratch needs {n}).", nameof(scratch));
        }

        Separable(src, dst, scratch, width, height, channels, kernelX, kernelY, sameBuffers: false, cancellation);
    }

    /// <summary>The sharpness degenerate image: the interior through the 3x3 kernel (1 1 1, 1 5 1, 1 1 1)/13, rounded for bytes, the one-pixel border copied; images of 2 pixels or less on a side are copied.</summary>
    public static void Smooth3x3(ReadOnlySpan<byte> src, Span<byte> dst, int width, int height, int channels)
    {
        src.CopyTo(dst);
        if (width <= 2 || height <= 2)
        {
            return;
        }

        float k1 = SmoothSide;
        float k5 = SmoothCentre;
        int stride = width * channels;
        bool simd = Pointwise.Uses256;
        for (int y = 1; y < height - 1; y++)
        {
            int row = y * stride;
            int i = row + channels;
            int end = row + stride - channels;
            if (simd)
            {
                i = Smooth3x3Vector(src, dst, i, end, stride, channels, k1, k5);
            }

            for (; i < end; i++)
            {
                dst[i] = SmoothAt(src, i, stride, channels);
            }
        }
    }

    /// <summary>torchvision adjust_sharpness on bytes in one pass: the blend trunc(clamp(float(factor)*x + float(1-factor)*d, 0, 255)) of each element with its <see cref="Smooth3x3(ReadOnlySpan{byte}, Span{byte}, int, int, int)"/> value d (d = x on the one-pixel border), without building the smoothed image.</summary>
    public static void Sharpen(ReadOnlySpan<byte> src, Span<byte> dst, int width, int height, int channels, double factor) =>
        Sharpen(src, dst, width, height, channels, factor, Pointwise.Uses256);

    /// <summary><see cref="Sharpen(ReadOnlySpan{byte}, Span{byte}, int, int, int, double)"/> with an explicit path, for tests.</summary>
    internal static unsafe void Sharpen(ReadOnlySpan<byte> src, Span<byte> dst, int width, int height, int channels, double factor, bool vectorized)
    {
        int stride = width * channels;
        int n = stride * height;
        if (width < 0 || height < 0 || channels < 1 || src.Length < n || dst.Length < n)
        {
            throw new ArgumentException($"Convolution.Sharpen: spans of {src.Length} and {dst.Length} elements do not hold {width}x{height}x{channels}.", nameof(dst));
        }

        float r = (float)factor;
        float o = (float)(1.0 - factor);
        if (width <= 2 || height <= 2)
        {
            Blend.Bytes(src[..n], src[..n], dst, factor, vectorized);
            return;
        }

        // The border rows blend with themselves.
        Blend.Bytes(src[..stride], src[..stride], dst, factor, vectorized);
        Blend.Bytes(src.Slice(n - stride, stride), src.Slice(n - stride, stride), dst.Slice(n - stride, stride), factor, vectorized);
        bool simd = vectorized && Pointwise.Uses256;
        bool clamp = !RgbVectors.FitsInt32(r, o);
        var vr = Vector256.Create(r);
        var vo = Vector256.Create(o);
        fixed (byte* ps = src)
        fixed (byte* pd = dst)
        {
            for (int y = 1; y < height - 1; y++)
            {
                int row = y * stride;
                int end = row + stride - channels;
                for (int i = row; i < row + channels; i++)
                {
                    pd[i] = LutTables.TruncateToByte((r * ps[i]) + (o * ps[i]) + 0f);
                    pd[end + i - row] = LutTables.TruncateToByte((r * ps[end + i - row]) + (o * ps[end + i - row]) + 0f);
                }

                int k = row + channels;
                if (simd)
                {
                    for (; k <= end - 16; k += 16)
                    {
                        SharpenStep(ps + k, pd + k, stride, channels, vr, vo, clamp);
                    }
                }

                for (; k < end; k++)
                {
                    float deg = SmoothAt(src, k, stride, channels);
                    pd[k] = LutTables.TruncateToByte((r * ps[k]) + (o * deg) + 0f);
                }
            }
        }
    }

    /// <summary>The rounded 3x3 smoothing of interior element i, in the scalar float32 order the vector paths are tested against.</summary>
    private static byte SmoothAt(ReadOnlySpan<byte> src, int i, int stride, int channels)
    {
        float ring = src[i - stride - channels] + src[i - stride] + src[i - stride + channels] +
                     src[i - channels] + src[i + channels] +
                     src[i + stride - channels] + src[i + stride] + src[i + stride + channels];
        return (byte)Math.Clamp(MathF.Round((SmoothSide * ring) + (SmoothCentre * src[i])), 0f, 255f);
    }

    /// <summary>Sixteen interior elements of <see cref="Sharpen(ReadOnlySpan{byte}, Span{byte}, int, int, int, double)"/>: the weighted 3x3 sum S is an exact integer (at most 13 * 255), and round(S / 13) is never a tie and lies at least 1/26 from one, so the float formula's rounding equals (S + 6) / 13, done as (S + 6) * 5042 >> 16 (exact for S + 6 &lt;= 3321); then the float32 blend.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void SharpenStep(byte* p, byte* d, int stride, int channels, Vector256<float> vr, Vector256<float> vo, bool clamp)
    {
        byte* up = p - stride;
        byte* down = p + stride;
        var ring = Avx2.ConvertToVector256Int16(up - channels) + Avx2.ConvertToVector256Int16(up) + Avx2.ConvertToVector256Int16(up + channels) +
                   Avx2.ConvertToVector256Int16(p - channels) + Avx2.ConvertToVector256Int16(p + channels) +
                   Avx2.ConvertToVector256Int16(down - channels) + Avx2.ConvertToVector256Int16(down) + Avx2.ConvertToVector256Int16(down + channels);
        var x = Avx2.ConvertToVector256Int16(p);
        var sum = ring + Avx2.ShiftLeftLogical(x, 2) + x + Vector256.Create((short)6);
        var deg = Avx2.MultiplyHigh(sum.AsUInt16(), Vector256.Create((ushort)5042));
        var x0 = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(p));
        var x1 = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(p + 8));
        var d0 = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(deg.GetLower()));
        var d1 = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(deg.GetUpper()));
        var words = Avx2.PackSignedSaturate(RgbVectors.Truncate((vr * x0) + (vo * d0), clamp), RgbVectors.Truncate((vr * x1) + (vo * d1), clamp));
        var bytes = Avx2.PermuteVar8x32(Avx2.PackUnsignedSaturate(words, words).AsInt32(), Vector256.Create(0, 4, 1, 5, 0, 4, 1, 5));
        Sse2.Store(d, bytes.AsByte().GetLower());
    }

    /// <summary>Eight elements per step of the byte 3x3 smoothing, with the scalar loop's summation order per lane; returns where the scalar tail starts.</summary>
    private static int Smooth3x3Vector(ReadOnlySpan<byte> src, Span<byte> dst, int i, int end, int stride, int channels, float k1, float k5)
    {
        ref byte s = ref MemoryMarshal.GetReference(src);
        ref byte d = ref MemoryMarshal.GetReference(dst);
        var vk1 = Vector256.Create(k1);
        var vk5 = Vector256.Create(k5);
        var max = Vector256.Create(255f);
        for (; i <= end - 8; i += 8)
        {
            var ring = Load8(ref s, i - stride - channels) + Load8(ref s, i - stride) + Load8(ref s, i - stride + channels) +
                       Load8(ref s, i - channels) + Load8(ref s, i + channels) +
                       Load8(ref s, i + stride - channels) + Load8(ref s, i + stride) + Load8(ref s, i + stride + channels);
            var r = Vector256.Min(Vector256.Max(Vector256.Round((vk1 * ring) + (vk5 * Load8(ref s, i))), Vector256<float>.Zero), max);
            var ints = Vector256.ConvertToInt32(r);
            var shorts = Vector256.Narrow(ints, ints);
            var bytes = Vector256.Narrow(shorts.AsUInt16(), shorts.AsUInt16());
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref d, i), bytes.AsUInt64().ToScalar());
        }

        return i;
    }

    /// <summary>Eight bytes at s[i..i+8) as floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Load8(ref byte s, int i)
    {
        var b = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref s, i))).AsByte();
        var w16 = Vector128.WidenLower(b);
        return Vector256.ConvertToSingle(Vector256.Create(Vector128.WidenLower(w16), Vector128.WidenUpper(w16)).AsInt32());
    }

    /// <summary>The float sharpness degenerate image (no rounding).</summary>
    public static void Smooth3x3(ReadOnlySpan<float> src, Span<float> dst, int width, int height, int channels)
    {
        src.CopyTo(dst);
        if (width <= 2 || height <= 2)
        {
            return;
        }

        float k1 = 1f / 13f;
        float k5 = 5f / 13f;
        int stride = width * channels;
        for (int y = 1; y < height - 1; y++)
        {
            int row = y * stride;
            for (int i = row + channels; i < row + stride - channels; i++)
            {
                float ring = src[i - stride - channels] + src[i - stride] + src[i - stride + channels] +
                             src[i - channels] + src[i + channels] +
                             src[i + stride - channels] + src[i + stride] + src[i + stride + channels];
                dst[i] = (k1 * ring) + (k5 * src[i]);
            }
        }
    }

    /// <summary>Reflect-101 index (torch "reflect"): -1 maps to 1, n to n-2; repeated for kernels wider than the image.</summary>
    internal static int Reflect(int i, int n) => Border.Index(i, n, BorderMode.Reflect);

    private static void Separable(ReadOnlySpan<float> src, Span<float> dst, Span<float> tmp, int width, int height, int channels, ReadOnlySpan<float> kx, ReadOnlySpan<float> ky, bool sameBuffers,
        CancellationToken cancellation = default)
    {
        if (kx.Length % 2 == 0 || ky.Length % 2 == 0)
        {
            throw new ArgumentException("Convolution.Separable: kernel sizes must be odd.", nameof(kx));
        }

        int stride = width * channels;
        int hx = kx.Length / 2;
        int hy = ky.Length / 2;

        // Horizontal pass into tmp (row by row; when src and tmp are the same buffer, each row is read before it is written through a row copy in dst).
        for (int y = 0; y < height; y++)
        {
            cancellation.ThrowIfCancellationRequested();
            ReadOnlySpan<float> s = src.Slice(y * stride, stride);
            if (sameBuffers)
            {
                var copy = dst.Slice(y * stride, stride);
                s.CopyTo(copy);
                s = copy;
            }

            var t = tmp.Slice(y * stride, stride);
            HorizontalRow(s, t, width, channels, kx, hx);
        }

        // Vertical pass: whole rows at a time, vectorized by TensorPrimitives.
        for (int y = 0; y < height; y++)
        {
            cancellation.ThrowIfCancellationRequested();
            var d = dst.Slice(y * stride, stride);
            d.Clear();
            for (int i = 0; i < ky.Length; i++)
            {
                int yy = Reflect(y + i - hy, height);
                TensorPrimitives.MultiplyAdd(tmp.Slice(yy * stride, stride), ky[i], d, d);
            }
        }
    }

    private static void HorizontalRow(ReadOnlySpan<float> s, Span<float> t, int width, int channels, ReadOnlySpan<float> k, int half)
    {
        int interiorStart = Math.Min(half, width);
        int interiorEnd = Math.Max(interiorStart, width - half);

        // Interior: every tap is a shifted slice of the row, so the sum is k.Length vectorized multiply-adds.
        if (interiorEnd > interiorStart)
        {
            var d = t.Slice(interiorStart * channels, (interiorEnd - interiorStart) * channels);
            d.Clear();
            for (int j = 0; j < k.Length; j++)
            {
                TensorPrimitives.MultiplyAdd(s.Slice((interiorStart + j - half) * channels, d.Length), k[j], d, d);
            }
        }

        for (int x = 0; x < width; x++)
        {
            if (x >= interiorStart && x < interiorEnd)
            {
                continue;
            }

            for (int c = 0; c < channels; c++)
            {
                float sum = 0f;
                for (int j = 0; j < k.Length; j++)
                {
                    sum += k[j] * s[(Reflect(x + j - half, width) * channels) + c];
                }

                t[(x * channels) + c] = sum;
            }
        }
    }
    /// <summary>The byte blur without a full-image conversion: each row is widened once into a reflect-padded float row, the horizontal taps are shifted loads of it, and the vertical pass rounds straight into the bytes. Per output element the float operations are the old ones in the same order (sum = 0; sum += k[j] * x for j ascending), so the bytes do not change.</summary>
    private static void ByteSeparable(ReadOnlySpan<byte> src, Span<byte> dst, Span<float> scratch, int width, int height, int channels, ReadOnlySpan<float> kx, ReadOnlySpan<float> ky,
        CancellationToken cancellation)
    {
        if (kx.Length % 2 == 0 || ky.Length % 2 == 0)
        {
            throw new ArgumentException("Convolution.Separable: kernel sizes must be odd.", nameof(kx));
        }

        int stride = width * channels;
        int hx = kx.Length / 2;
        int hy = ky.Length / 2;
        int padded = (width + (2 * hx)) * channels;

        // The horizontal rows live in a ring of ky.Length rows: output row y reads rows within [y-hy, y+hy] (reflection
        // stays inside that window), so rows are computed once, in increasing order, and stay in cache.
        int ring = ky.Length;
        int need = (ring * stride) + padded;
        float[]? rented = null;
        Span<float> work = scratch.Length >= need ? scratch[..need] : (rented = ArrayPool<float>.Shared.Rent(need)).AsSpan(0, need);
        var tmp = work[..(ring * stride)];
        var row = work.Slice(ring * stride, padded);
        try
        {
            int done = 0;
            for (int y = 0; y < height; y++)
            {
                cancellation.ThrowIfCancellationRequested();
                int last = Math.Min(height - 1, y + hy);
                for (; done <= last; done++)
                {
                    PadRow(src.Slice(done * stride, stride), row, width, channels, hx);
                    HorizontalPadded(row, tmp.Slice(done % ring * stride, stride), channels, kx);
                }

                VerticalToBytes(tmp, dst.Slice(y * stride, stride), y, height, stride, ring, ky, hy);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<float>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The row as floats with hx reflected pixels on each side, so every output pixel reads its taps at fixed offsets.</summary>
    private static void PadRow(ReadOnlySpan<byte> s, Span<float> row, int width, int channels, int hx)
    {
        TensorPrimitives.ConvertChecked(s, row.Slice(hx * channels, s.Length));
        for (int p = 0; p < hx; p++)
        {
            int left = Reflect(p - hx, width);
            int right = Reflect(width + p, width);
            for (int c = 0; c < channels; c++)
            {
                row[(p * channels) + c] = s[(left * channels) + c];
                row[((width + hx + p) * channels) + c] = s[(right * channels) + c];
            }
        }
    }

    /// <summary>t[i] = sum over j of k[j] * row[i + j*channels], accumulated from zero in ascending j.</summary>
    private static void HorizontalPadded(ReadOnlySpan<float> row, Span<float> t, int channels, ReadOnlySpan<float> k)
    {
        int len = t.Length;
        int i = 0;
        if (Pointwise.Uses256)
        {
            ref float r = ref MemoryMarshal.GetReference(row);
            ref float d = ref MemoryMarshal.GetReference(t);
            if (k.Length == 5)
            {
                var k0 = Vector256.Create(k[0]);
                var k1 = Vector256.Create(k[1]);
                var k2 = Vector256.Create(k[2]);
                var k3 = Vector256.Create(k[3]);
                var k4 = Vector256.Create(k[4]);
                for (; i <= len - 8; i += 8)
                {
                    ref float p = ref Unsafe.Add(ref r, i);
                    var sum = k0 * Vector256.LoadUnsafe(ref p);
                    sum += k1 * Vector256.LoadUnsafe(ref p, (nuint)channels);
                    sum += k2 * Vector256.LoadUnsafe(ref p, (nuint)(2 * channels));
                    sum += k3 * Vector256.LoadUnsafe(ref p, (nuint)(3 * channels));
                    sum += k4 * Vector256.LoadUnsafe(ref p, (nuint)(4 * channels));
                    sum.StoreUnsafe(ref d, (nuint)i);
                }
            }

            for (; i <= len - 8; i += 8)
            {
                var sum = Vector256<float>.Zero;
                for (int j = 0; j < k.Length; j++)
                {
                    sum += Vector256.Create(k[j]) * Vector256.LoadUnsafe(ref r, (nuint)(i + (j * channels)));
                }

                sum.StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < len; i++)
        {
            float sum = 0f;
            for (int j = 0; j < k.Length; j++)
            {
                sum += k[j] * row[i + (j * channels)];
            }

            t[i] = sum;
        }
    }

    /// <summary>One output row of the vertical pass (taps at reflected rows of the ring, accumulated from zero in ascending order), rounded half to even and clamped to bytes.</summary>
    private static void VerticalToBytes(ReadOnlySpan<float> tmp, Span<byte> d, int y, int height, int stride, int ring, ReadOnlySpan<float> ky, int hy)
    {
        int i = 0;
        if (Pointwise.Uses256 && ky.Length == 5 && stride >= 8)
        {
            ref float s = ref MemoryMarshal.GetReference(tmp);
            ref float r0 = ref Unsafe.Add(ref s, RingRow(y - hy, height, ring) * stride);
            ref float r1 = ref Unsafe.Add(ref s, RingRow(y + 1 - hy, height, ring) * stride);
            ref float r2 = ref Unsafe.Add(ref s, RingRow(y + 2 - hy, height, ring) * stride);
            ref float r3 = ref Unsafe.Add(ref s, RingRow(y + 3 - hy, height, ring) * stride);
            ref float r4 = ref Unsafe.Add(ref s, RingRow(y + 4 - hy, height, ring) * stride);
            ref byte o = ref MemoryMarshal.GetReference(d);
            var k0 = Vector256.Create(ky[0]);
            var k1 = Vector256.Create(ky[1]);
            var k2 = Vector256.Create(ky[2]);
            var k3 = Vector256.Create(ky[3]);
            var k4 = Vector256.Create(ky[4]);
            for (; i <= stride - 16; i += 16)
            {
                var a = k0 * Vector256.LoadUnsafe(ref r0, (nuint)i);
                var b = k0 * Vector256.LoadUnsafe(ref r0, (nuint)(i + 8));
                a += k1 * Vector256.LoadUnsafe(ref r1, (nuint)i);
                b += k1 * Vector256.LoadUnsafe(ref r1, (nuint)(i + 8));
                a += k2 * Vector256.LoadUnsafe(ref r2, (nuint)i);
                b += k2 * Vector256.LoadUnsafe(ref r2, (nuint)(i + 8));
                a += k3 * Vector256.LoadUnsafe(ref r3, (nuint)i);
                b += k3 * Vector256.LoadUnsafe(ref r3, (nuint)(i + 8));
                a += k4 * Vector256.LoadUnsafe(ref r4, (nuint)i);
                b += k4 * Vector256.LoadUnsafe(ref r4, (nuint)(i + 8));
                TwoTapResize.PackRound(a, b).StoreUnsafe(ref o, (nuint)i);
            }
        }

        for (; i < stride; i++)
        {
            float sum = 0f;
            for (int j = 0; j < ky.Length; j++)
            {
                sum += ky[j] * tmp[(RingRow(y + j - hy, height, ring) * stride) + i];
            }

            d[i] = ToByte(sum);
        }
    }

    /// <summary>Where the horizontal result of (reflected) row y sits in the ring.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RingRow(int y, int height, int ring) => Reflect(y, height) % ring;

    /// <summary>Round half to even, then clamp to 0..255 (the scalar rule of PixelMath.FromFloats; sums of finite taps are never NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte ToByte(float v) => (byte)Math.Clamp(MathF.Round(v), 0f, 255f);
}
