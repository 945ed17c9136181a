using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SharpAugment.Kernels;

/// <summary>Per-element blends of two images, out = ratio*a + (1-ratio)*b, with torchvision's _blend arithmetic: float32, clamped, truncated for bytes.</summary>
public static class Blend
{
    /// <summary>Byte blend: trunc(clamp(float(ratio)*a + float(1-ratio)*b, 0, 255)); vectorized with Vector256 when the hardware has it.</summary>
    public static void Bytes(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> dst, double ratio) =>
        Bytes(a, b, dst, ratio, Vector256.IsHardwareAccelerated);

    /// <summary>Byte blend rounded half to even, rint(clamp(float(ratio)*a + float(1-ratio)*b, 0, 255)), as timm's FastCollateMixup writes uint8 images (np.rint of the float32 blend).</summary>
    public static void BytesRounded(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> dst, double ratio) =>
        Bytes(a, b, dst, ratio, Vector256.IsHardwareAccelerated, round: true);

    /// <summary>Byte blend with a constant image, as brightness (constant 0) and contrast (the gray mean) call torchvision's _blend: trunc(clamp(float(ratio)*x + float(1-ratio)*constant, 0, 255)), the bytes <see cref="LutTables.Blend"/>'s table holds.</summary>
    public static void WithConstant(ReadOnlySpan<byte> src, Span<byte> dst, double ratio, float constant) =>
        WithConstant(src, dst, ratio, constant, Vector256.IsHardwareAccelerated);

    /// <summary><see cref="WithConstant(ReadOnlySpan{byte}, Span{byte}, double, float)"/> with an explicit path, for tests.</summary>
    internal static unsafe void WithConstant(ReadOnlySpan<byte> src, Span<byte> dst, double ratio, float constant, bool vectorized)
    {
        Check(src.Length, src.Length, dst.Length);
        float r = (float)ratio;
        float other = (float)(1.0 - ratio) * constant;
        int n = src.Length;
        int i = 0;
        if (vectorized && Avx2.IsSupported && n >= 32)
        {
            // Computing 32 elements at vector width beats a table walk, which is one scalar load per byte.
            bool clamp = !((Math.Abs((double)r) * 255.0) + Math.Abs((double)other) < 2e9);
            var vr = Vector256.Create(r);
            var vc = Vector256.Create(other);
            fixed (byte* ps = src)
            fixed (byte* pd = dst)
            {
                for (; i <= n - 32; i += 32)
                {
                    var a = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(ps + i));
                    var b = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(ps + i + 8));
                    var c = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(ps + i + 16));
                    var d = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(ps + i + 24));
                    var bytes = RgbVectors.Pack32(
                        RgbVectors.Truncate((vr * a) + vc, clamp),
                        RgbVectors.Truncate((vr * b) + vc, clamp),
                        RgbVectors.Truncate((vr * c) + vc, clamp),
                        RgbVectors.Truncate((vr * d) + vc, clamp));
                    Avx.Store(pd + i, bytes);
                }
            }
        }

        for (; i < n; i++)
        {
            dst[i] = LutTables.TruncateToByte((r * src[i]) + other);
        }
    }

    /// <summary>Float blend: clamp(ratio*a + (1-ratio)*b, 0, 1) (torchvision's float path, no rounding).</summary>
    public static void Floats(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> dst, double ratio)
    {
        Check(a.Length, b.Length, dst.Length);
        float r = (float)ratio;
        float s = (float)(1.0 - ratio);
        for (int i = 0; i < a.Length; i++)
        {
            dst[i] = Math.Clamp((r * a[i]) + (s * b[i]), 0f, 1f);
        }
    }

    /// <summary>The byte blend with an explicit path, so tests run the vector and the scalar code on the same machine; round takes the float32 sum half to even (no 0.5 is added: that addition itself rounds, 64.4999962f + 0.5f is 65) instead of truncating.</summary>
    internal static void Bytes(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> dst, double ratio, bool vectorized, bool round = false)
    {
        Check(a.Length, b.Length, dst.Length);
        float r = (float)ratio;
        float s = (float)(1.0 - ratio);
        int n = a.Length;
        int i = 0;
        if (vectorized && n >= 16)
        {
            var vr = Vector256.Create(r);
            var vs = Vector256.Create(s);
            var max = Vector256.Create(255f);
            ref byte pa = ref MemoryMarshal.GetReference(a);
            ref byte pb = ref MemoryMarshal.GetReference(b);
            ref byte pd = ref MemoryMarshal.GetReference(dst);
            for (; i <= n - 16; i += 16)
            {
                var (a0, a1) = ToFloats(Vector128.LoadUnsafe(ref pa, (nuint)i));
                var (b0, b1) = ToFloats(Vector128.LoadUnsafe(ref pb, (nuint)i));

                // Multiply and add stay separate operations (no fused multiply-add) so each rounding matches torch's float32 kernels.
                var o0 = Vector256.Min(Vector256.Max((vr * a0) + (vs * b0), Vector256<float>.Zero), max);
                var o1 = Vector256.Min(Vector256.Max((vr * a1) + (vs * b1), Vector256<float>.Zero), max);
                if (round)
                {
                    o0 = Vector256.Round(o0);
                    o1 = Vector256.Round(o1);
                }

                var w = Vector256.Narrow(Vector256.ConvertToInt32(o0), Vector256.ConvertToInt32(o1));
                var bytes = Vector128.Narrow(w.GetLower().AsUInt16(), w.GetUpper().AsUInt16());
                bytes.StoreUnsafe(ref pd, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            float v = (r * a[i]) + (s * b[i]);
            dst[i] = LutTables.TruncateToByte(round ? MathF.Round(v) : v);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<float> Lo, Vector256<float> Hi) ToFloats(Vector128<byte> v)
    {
        var (lo, hi) = Vector128.Widen(v);
        var l = Vector256.Create(Vector128.WidenLower(lo), Vector128.WidenUpper(lo)).AsInt32();
        var h = Vector256.Create(Vector128.WidenLower(hi), Vector128.WidenUpper(hi)).AsInt32();
        return (Vector256.ConvertToSingle(l), Vector256.ConvertToSingle(h));
    }

    private static void Check(int a, int b, int dst)
    {
        if (b < a || dst < a)
        {
            throw new ArgumentException($"Blend: a has {a} elements but b has {b} and dst {dst}.", nameof(dst));
        }
    }
}
