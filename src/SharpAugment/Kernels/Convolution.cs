using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SharpAugment.Kernels;

/// <summary>Separable Gaussian blur with reflect borders and the 3x3 smoothing of sharpness, following torchvision 0.14's tensor kernels (float32; bytes rounded half to even).</summary>
public static class Convolution
{
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

    /// <summary>The element count of the float scratch that <see cref="Separable(ReadOnlySpan{byte}, Span{byte}, Span{float}, int, int, int, ReadOnlySpan{float}, ReadOnlySpan{float})"/> needs.</summary>
    public static int ByteScratchLength(int width, int height, int channels) => 2 * width * height * channels;

    /// <summary>Blurs a byte image: horizontal then vertical pass in float32 with reflect borders (no edge repeat), then round half to even.</summary>
    public static void Separable(ReadOnlySpan<byte> src, Span<byte> dst, Span<float> scratch, int width, int height, int channels, ReadOnlySpan<float> kernelX, ReadOnlySpan<float> kernelY)
    {
        int n = width * height * channels;
        if (scratch.Length < 2 * n || src.Length < n || dst.Length < n)
        {
            throw new ArgumentException($"Convolution.Separable: spans too short for {width}x{height}x{channels} (scratch needs {2 * n}).", nameof(scratch));
        }

        var a = scratch[..n];
        var b = scratch.Slice(n, n);
        TensorPrimitives.ConvertChecked(src[..n], a);
        Separable(a, b, a, width, height, channels, kernelX, kernelY, sameBuffers: true);
        // Round half to even and clamp: PixelMath.FromFloats is the same rule, vectorized.
        PixelMath.FromFloats<byte>(b, dst[..n]);
    }

    /// <summary>Blurs a float image (no clamping, as torchvision's float path); scratch holds width*height*channels floats.</summary>
    public static void Separable(ReadOnlySpan<float> src, Span<float> dst, Span<float> scratch, int width, int height, int channels, ReadOnlySpan<float> kernelX, ReadOnlySpan<float> kernelY)
    {
        int n = width * height * channels;
        if (scratch.Length < n || src.Length < n || dst.Length < n)
        {
            throw new ArgumentException($"Convolution.Separable: spans too short for {width}x{height}x{channels} (scratch needs {n}).", nameof(scratch));
        }

        Separable(src, dst, scratch, width, height, channels, kernelX, kernelY, sameBuffers: false);
    }

    /// <summary>The sharpness degenerate image: the interior through the 3x3 kernel (1 1 1, 1 5 1, 1 1 1)/13, rounded for bytes, the one-pixel border copied; images of 2 pixels or less on a side are copied.</summary>
    public static void Smooth3x3(ReadOnlySpan<byte> src, Span<byte> dst, int width, int height, int channels)
    {
        src.CopyTo(dst);
        if (width <= 2 || height <= 2)
        {
            return;
        }

        float k1 = 1f / 13f;
        float k5 = 5f / 13f;
        int stride = width * channels;
        bool simd = Vector256.IsHardwareAccelerated;
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
                float ring = src[i - stride - channels] + src[i - stride] + src[i - stride + channels] +
                             src[i - channels] + src[i + channels] +
                             src[i + stride - channels] + src[i + stride] + src[i + stride + channels];
                dst[i] = (byte)Math.Clamp(MathF.Round((k1 * ring) + (k5 * src[i])), 0f, 255f);
            }
        }
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

    private static void Separable(ReadOnlySpan<float> src, Span<float> dst, Span<float> tmp, int width, int height, int channels, ReadOnlySpan<float> kx, ReadOnlySpan<float> ky, bool sameBuffers)
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
}
