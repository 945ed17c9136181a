using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SharpAugment.Kernels.Vectorized;

namespace SharpAugment.Kernels;

/// <summary>Colour-space kernels over interleaved RGB(A) pixels, with torchvision 0.14's float32 formulas (ITU-R 601 gray with 0.2989/0.587/0.114, Pillow-style HSV).</summary>
public static class ColorKernels
{
    internal const float WeightR = 0.2989f;
    internal const float WeightG = 0.587f;
    internal const float WeightB = 0.114f;

    // weight * value for every byte, computed once: the same float32 products the formula makes, looked up instead of converted and multiplied.
    private static readonly float[] ProductR = Products(WeightR);
    private static readonly float[] ProductG = Products(WeightG);
    private static readonly float[] ProductB = Products(WeightB);

    /// <summary>Gray of each pixel of an RGB or RGBA byte image, truncated as torchvision's rgb_to_grayscale; writes one value per pixel.</summary>
    public static void Gray(ReadOnlySpan<byte> src, Span<byte> gray, int channels)
    {
        Gray(src, gray, channels, Pointwise.Uses256);
    }

    /// <summary>The byte gray with an explicit path, so tests run the vector and the scalar code on the same machine.</summary>
    internal static void Gray(ReadOnlySpan<byte> src, Span<byte> gray, int channels, bool vectorized)
    {
        CheckColor(src.Length, gray.Length, channels);
        ref byte s = ref MemoryMarshal.GetReference(src);
        ref byte g = ref MemoryMarshal.GetReference(gray);
        int start = 0, pixel = 0;
        if (vectorized && channels == 3 && Pointwise.Uses256)
        {
            // The low byte of each lane's four int32 grays to the lane's first four bytes, then both lanes' words side by side.
            var pick = Vector256.Create((byte)0, 4, 8, 12, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0, 4, 8, 12, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80);
            var join = Vector256.Create(0, 4, 0, 0, 0, 0, 0, 0);
            for (; start <= src.Length - RgbVectors.Reach; start += RgbVectors.Step, pixel += 8)
            {
                var bytes = Avx2.PermuteVar8x32(Avx2.Shuffle(GrayInts(RgbVectors.Load(ref s, start)).AsByte(), pick).AsInt32(), join);
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref g, pixel), bytes.AsUInt64().ToScalar());
            }
        }

        for (int i = start, j = pixel; i <= src.Length - channels; i += channels, j++)
        {
            Unsafe.Add(ref g, j) = GrayByte(ref s, i);
        }
    }

    /// <summary>The sum of the truncated byte gray of every pixel (the numerator of torchvision's contrast mean), without writing a gray plane.</summary>
    public static long GraySum(ReadOnlySpan<byte> src, int channels) => GraySum(src, channels, Pointwise.Uses256);

    /// <summary><see cref="GraySum(ReadOnlySpan{byte}, int)"/> with an explicit path, for tests.</summary>
    internal static long GraySum(ReadOnlySpan<byte> src, int channels, bool vectorized)
    {
        CheckColor(src.Length, src.Length / channels, channels);
        ref byte s = ref MemoryMarshal.GetReference(src);
        long sum = 0;
        int i = 0;
        if (vectorized && channels == 3 && Pointwise.Uses256)
        {
            while (i <= src.Length - RgbVectors.Reach)
            {
                // Each int32 lane gains at most 255 a step: a block of 2^20 steps cannot overflow it.
                var acc = Vector256<int>.Zero;
                int blockEnd = (int)Math.Min(src.Length - (long)RgbVectors.Reach, i + ((long)RgbVectors.Step << 20));
                for (; i <= blockEnd; i += RgbVectors.Step)
                {
                    acc += GrayInts(RgbVectors.Load(ref s, i));
                }

                sum += Vector256.Sum(acc.AsInt64() & Vector256.Create(0xFFFFFFFFL)) + Vector256.Sum(Vector256.ShiftRightLogical(acc.AsInt64(), 32));
            }
        }

        for (; i <= src.Length - channels; i += channels)
        {
            sum += GrayByte(ref s, i);
        }

        return sum;
    }

    /// <summary>Gray of an RGB byte image written into every channel of an RGB output (grayscale with three output channels) in one pass.</summary>
    public static void GrayToRgb(ReadOnlySpan<byte> src, Span<byte> dst) => GrayToRgb(src, dst, Pointwise.Uses256);

    /// <summary><see cref="GrayToRgb(ReadOnlySpan{byte}, Span{byte})"/> with an explicit path, for tests.</summary>
    internal static void GrayToRgb(ReadOnlySpan<byte> src, Span<byte> dst, bool vectorized)
    {
        CheckColor(src.Length, dst.Length / 3, 3);
        ref byte s = ref MemoryMarshal.GetReference(src);
        ref byte d = ref MemoryMarshal.GetReference(dst);
        int i = 0;
        if (vectorized && Pointwise.Uses256)
        {
            var spread = RgbVectors.SpreadMask;
            for (; i <= src.Length - RgbVectors.Reach; i += RgbVectors.Step)
            {
                RgbVectors.Store(ref d, i, Avx2.Shuffle(GrayInts(RgbVectors.Load(ref s, i)).AsByte(), spread));
            }
        }

        for (; i <= src.Length - 3; i += 3)
        {
            byte y = GrayByte(ref s, i);
            Unsafe.Add(ref d, i) = y;
            Unsafe.Add(ref d, i + 1) = y;
            Unsafe.Add(ref d, i + 2) = y;
        }
    }

    /// <summary>torchvision adjust_saturation on an RGB byte image in one pass: each element is trunc(clamp(float(factor)*x + float(1-factor)*gray, 0, 255)) with gray the truncated byte gray of its pixel (the blend of the image with its gray degenerate, without building it).</summary>
    public static void SaturationRgb(ReadOnlySpan<byte> src, Span<byte> dst, double factor) => SaturationRgb(src, dst, factor, Pointwise.Uses256);

    /// <summary><see cref="SaturationRgb(ReadOnlySpan{byte}, Span{byte}, double)"/> with an explicit path, for tests.</summary>
    internal static void SaturationRgb(ReadOnlySpan<byte> src, Span<byte> dst, double factor, bool vectorized)
    {
        CheckColor(src.Length, dst.Length / 3, 3);
        float r = (float)factor;
        float o = (float)(1.0 - factor);
        ref byte s = ref MemoryMarshal.GetReference(src);
        ref byte d = ref MemoryMarshal.GetReference(dst);
        int i = 0;
        if (vectorized && Pointwise.Uses256)
        {
            // The blend works on the split channels the gray needs anyway, and the packs interleave the results back.
            bool clamp = !RgbVectors.FitsInt32(r, o);
            var vr = Vector256.Create(r);
            var vo = Vector256.Create(o);
            var maskR = RgbVectors.MaskR;
            var maskG = RgbVectors.MaskG;
            var maskB = RgbVectors.MaskB;
            for (; i <= src.Length - RgbVectors.Reach; i += RgbVectors.Step)
            {
                var px = RgbVectors.Load(ref s, i);
                var red = RgbVectors.Channel(px, maskR);
                var green = RgbVectors.Channel(px, maskG);
                var blue = RgbVectors.Channel(px, maskB);

                // The truncated gray as a float is the float of the gray byte (it lies in [0, 255)).
                var oy = vo * Avx.RoundToZero(RgbVectors.Gray(red, green, blue));
                var ro = RgbVectors.Truncate((vr * red) + oy, clamp);
                var go = RgbVectors.Truncate((vr * green) + oy, clamp);
                var bo = RgbVectors.Truncate((vr * blue) + oy, clamp);
                RgbVectors.Store(ref d, i, RgbVectors.Interleave(ro, go, bo));
            }
        }

        for (; i <= src.Length - 3; i += 3)
        {
            byte a = Unsafe.Add(ref s, i), b = Unsafe.Add(ref s, i + 1), c = Unsafe.Add(ref s, i + 2);
            float y = GrayByte(ref s, i);
            Unsafe.Add(ref d, i) = LutTables.TruncateToByte((r * a) + (o * y) + 0f);
            Unsafe.Add(ref d, i + 1) = LutTables.TruncateToByte((r * b) + (o * y) + 0f);
            Unsafe.Add(ref d, i + 2) = LutTables.TruncateToByte((r * c) + (o * y) + 0f);
        }
    }

    /// <summary>The truncated gray of the pixel at s[i], from the precomputed products, in the formula's order ((r + g) + b).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte GrayByte(ref byte s, int i) =>
        (byte)(Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(ProductR), Unsafe.Add(ref s, i)) +
               Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(ProductG), Unsafe.Add(ref s, i + 1)) +
               Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(ProductB), Unsafe.Add(ref s, i + 2)));

    /// <summary>The truncated gray of eight RGB pixels as int32 lanes, by the scalar expression's float arithmetic per lane, in its order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> GrayInts(Vector256<byte> pixels) =>
        Avx.ConvertToVector256Int32WithTruncation(RgbVectors.Gray(
            RgbVectors.Channel(pixels, RgbVectors.MaskR), RgbVectors.Channel(pixels, RgbVectors.MaskG), RgbVectors.Channel(pixels, RgbVectors.MaskB)));

    /// <summary>Gray of each pixel of an RGB or RGBA float image (no rounding).</summary>
    public static void Gray(ReadOnlySpan<float> src, Span<float> gray, int channels)
    {
        CheckColor(src.Length, gray.Length, channels);
        for (int i = 0, j = 0; i < src.Length; i += channels, j++)
        {
            gray[j] = (WeightR * src[i]) + (WeightG * src[i + 1]) + (WeightB * src[i + 2]);
        }
    }

    /// <summary>Writes each pixel's gray into its first three channels of <paramref name="dst"/> and copies the remaining channels (alpha) from <paramref name="src"/>.</summary>
    public static void SpreadGray<T>(ReadOnlySpan<T> gray, ReadOnlySpan<T> src, Span<T> dst, int channels)
        where T : unmanaged
    {
        CheckColor(src.Length, gray.Length, channels);
        if (dst.Length < src.Length)
        {
            throw new ArgumentException($"ColorKernels: dst has {dst.Length} elements; {src.Length} are needed.", nameof(dst));
        }

        ref T gr = ref MemoryMarshal.GetReference(gray);
        ref T d = ref MemoryMarshal.GetReference(dst);
        for (int i = 0, j = 0; i <= src.Length - channels; i += channels, j++)
        {
            T g = Unsafe.Add(ref gr, j);
            Unsafe.Add(ref d, i) = g;
            Unsafe.Add(ref d, i + 1) = g;
            Unsafe.Add(ref d, i + 2) = g;
            for (int c = 3; c < channels; c++)
            {
                dst[i + c] = src[i + c];
            }
        }
    }

    /// <summary>The mean of a byte plane as torch computes it in float32 (an exact integer sum divided by the count).</summary>
    public static float Mean(ReadOnlySpan<byte> plane)
    {
        long sum = 0;
        foreach (byte v in plane)
        {
            sum += v;
        }

        return plane.Length == 0 ? 0f : (float)sum / plane.Length;
    }

    /// <summary>The float32 mean of a float plane (summed in double, then rounded once).</summary>
    public static float Mean(ReadOnlySpan<float> plane)
    {
        double sum = 0;
        foreach (float v in plane)
        {
            sum += v;
        }

        return plane.Length == 0 ? 0f : (float)(sum / plane.Length);
    }

    /// <summary>Rotates hue by <paramref name="factor"/> turns on an RGB or RGBA byte or float image: bytes go through x/255, HSV, h + factor mod 1, RGB, then x*255 truncated (torchvision 0.14 adjust_hue); floats skip the scaling. Alpha is copied.</summary>
    public static void Hue<T>(ReadOnlySpan<T> src, Span<T> dst, int channels, double factor)
        where T : unmanaged
    {
        if (typeof(T) != typeof(byte) && typeof(T) != typeof(float))
        {
            throw new NotSupportedException($"ColorKernels.Hue: pixels are byte or float, not {typeof(T).Name}.");
        }

        CheckColor(src.Length, dst.Length / channels, channels);
        float f = (float)factor;
        for (int i = 0; i < src.Length; i += channels)
        {
            ShiftHue(ToUnit(src[i]), ToUnit(src[i + 1]), ToUnit(src[i + 2]), f, out float r, out float g, out float b);
            dst[i] = FromUnit<T>(r);
            dst[i + 1] = FromUnit<T>(g);
            dst[i + 2] = FromUnit<T>(b);
            for (int c = 3; c < channels; c++)
            {
                dst[i + c] = src[i + c];
            }
        }
    }

    /// <summary>One pixel through torchvision's _rgb2hsv, hue shift and _hsv2rgb, operation by operation in float32.</summary>
    internal static void ShiftHue(float r, float g, float b, float factor, out float ro, out float go, out float bo)
    {
        float maxc = Math.Max(r, Math.Max(g, b));
        float minc = Math.Min(r, Math.Min(g, b));
        bool eqc = maxc == minc;
        float cr = maxc - minc;
        float s = cr / (eqc ? 1f : maxc);
        float crDivisor = eqc ? 1f : cr;
        float rc = (maxc - r) / crDivisor;
        float gc = (maxc - g) / crDivisor;
        float bc = (maxc - b) / crDivisor;
        float hr = maxc == r ? bc - gc : 0f;
        float hg = maxc == g && maxc != r ? (2f + rc) - bc : 0f;
        float hb = maxc != g && maxc != r ? (4f + gc) - rc : 0f;
        float h = (hr + hg) + hb;
        h = FloatMod1((h / 6f) + 1f);
        h = FloatMod1(h + factor);
        float v = maxc;

        float h6 = h * 6f;
        float fi = MathF.Floor(h6);
        float fr = h6 - fi;
        int i = ((int)fi % 6 + 6) % 6;
        float p = Math.Clamp(v * (1f - s), 0f, 1f);
        float q = Math.Clamp(v * (1f - (s * fr)), 0f, 1f);
        float t = Math.Clamp(v * (1f - (s * (1f - fr))), 0f, 1f);
        (ro, go, bo) = i switch
        {
            0 => (v, t, p),
            1 => (q, v, p),
            2 => (p, v, t),
            3 => (p, q, v),
            4 => (t, p, v),
            _ => (v, p, q),
        };
    }

    /// <summary>A pixel as a [0, 1] float: bytes divided by 255 in float32, floats as they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float ToUnit<T>(T v)
        where T : unmanaged => typeof(T) == typeof(byte) ? Unsafe.As<T, byte>(ref v) / 255f : Unsafe.As<T, float>(ref v);

    /// <summary>A [0, 1] float as a pixel: bytes are x*255 truncated (convert_image_dtype's cast), floats as they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T FromUnit<T>(float v)
        where T : unmanaged
    {
        if (typeof(T) == typeof(byte))
        {
            byte b = (byte)(v * 255f);
            return Unsafe.As<byte, T>(ref b);
        }

        return Unsafe.As<float, T>(ref v);
    }

    private static float[] Products(float weight)
    {
        var table = new float[256];
        for (int i = 0; i < 256; i++)
        {
            table[i] = weight * i;
        }

        return table;
    }

    /// <summary>torch.remainder(x, 1) in float32: fmod, shifted into [0, 1) for negatives.</summary>
    private static float FloatMod1(float x)
    {
        float m = x % 1f;
        return m != 0f && m < 0f ? m + 1f : m;
    }

    private static void CheckColor(int srcLength, int pixels, int channels)
    {
        if (channels is < 3 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, "ColorKernels: colour kernels need 3 (RGB) or 4 (RGBA) channels.");
        }

        if (srcLength % channels != 0 || pixels < srcLength / channels)
        {
            throw new ArgumentException($"ColorKernels: {srcLength} elements of {channels} channels do not fit the output ({pixels} pixels).", nameof(pixels));
        }
    }
}
