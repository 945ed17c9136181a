using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SharpAugment.Kernels.Vectorized;

namespace SharpAugment.Kernels;

/// <summary>uint8 point operations computed directly at vector width, where a 256-entry table walk (one scalar load per byte) would be slower.</summary>
public static class PointOps
{
    /// <summary>torchvision solarize on bytes: x &gt;= threshold becomes 255 - x on the colour channels; the alpha of 4-channel pixels is copied.</summary>
    public static void Solarize(ReadOnlySpan<byte> src, Span<byte> dst, double threshold, int channels) =>
        Solarize(src, dst, threshold, channels, true);

    /// <summary><see cref="Solarize(ReadOnlySpan{byte}, Span{byte}, double, int)"/> with an explicit path, for tests.</summary>
    internal static void Solarize(ReadOnlySpan<byte> src, Span<byte> dst, double threshold, int channels, bool vectorized)
    {
        if (channels is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, "PointOps.Solarize: channels must be in [1, 4].");
        }

        if (dst.Length < src.Length || src.Length % channels != 0)
        {
            throw new ArgumentException($"PointOps.Solarize: src has {src.Length} elements (must be a multiple of {channels}) and dst {dst.Length}.", nameof(dst));
        }

        // For a byte x, x >= threshold is x >= ceil(threshold); 256 stands for "no byte" (also a NaN threshold, which compares false).
        int t = !(threshold <= 255) ? 256 : threshold <= 0 ? 0 : (int)Math.Ceiling(threshold);
        var op = new Invert((byte)Math.Min(t, 255), t == 256);
        var path = Pointwise.Path(vectorized);
        if (channels == 4)
        {
            // One RGBA pixel is one uint element, so the alpha byte's place in every block is fixed whatever the block's start.
            Pointwise.Map(MemoryMarshal.Cast<byte, uint>(src), MemoryMarshal.Cast<byte, uint>(dst), op, path);
        }
        else
        {
            Pointwise.Map(src, dst, op, path);
        }
    }

    /// <summary>Per-channel stretch of RGB bytes, trunc(clamp((x - min[c]) * scale[c], 0, 255)): autocontrast's float32 arithmetic at vector width instead of three table walks.</summary>
    public static void StretchRgb(ReadOnlySpan<byte> src, Span<byte> dst, ReadOnlySpan<float> min, ReadOnlySpan<float> scale) =>
        StretchRgb(src, dst, min, scale, Pointwise.Uses256);

    /// <summary><see cref="StretchRgb(ReadOnlySpan{byte}, Span{byte}, ReadOnlySpan{float}, ReadOnlySpan{float})"/> with an explicit path, for tests.</summary>
    internal static unsafe void StretchRgb(ReadOnlySpan<byte> src, Span<byte> dst, ReadOnlySpan<float> min, ReadOnlySpan<float> scale, bool vectorized)
    {
        if (dst.Length < src.Length || src.Length % 3 != 0 || min.Length < 3 || scale.Length < 3)
        {
            throw new ArgumentException($"PointOps.StretchRgb: src has {src.Length} elements (must be a multiple of 3), dst {dst.Length}; min and scale need 3 entries.", nameof(dst));
        }

        int n = src.Length;
        int i = 0;
        if (vectorized && Pointwise.Uses256 && n >= 96)
        {
            // 96 bytes = twelve 8-lane vectors; element e is channel e % 3, so vector j's lanes follow pattern j % 3.
            // Values are at most 255 * |scale| < 2^31 for any finite scale of a byte range, so the packs do the clamp.
            var m0 = Vector256.Create(min[0], min[1], min[2], min[0], min[1], min[2], min[0], min[1]);
            var m1 = Vector256.Create(min[2], min[0], min[1], min[2], min[0], min[1], min[2], min[0]);
            var m2 = Vector256.Create(min[1], min[2], min[0], min[1], min[2], min[0], min[1], min[2]);
            var s0 = Vector256.Create(scale[0], scale[1], scale[2], scale[0], scale[1], scale[2], scale[0], scale[1]);
            var s1 = Vector256.Create(scale[2], scale[0], scale[1], scale[2], scale[0], scale[1], scale[2], scale[0]);
            var s2 = Vector256.Create(scale[1], scale[2], scale[0], scale[1], scale[2], scale[0], scale[1], scale[2]);
            bool clamp = !(Math.Max(Math.Abs(scale[0]), Math.Max(Math.Abs(scale[1]), Math.Abs(scale[2]))) < 1e6f);
            fixed (byte* ps = src)
            fixed (byte* pd = dst)
            {
                for (; i <= n - 96; i += 96)
                {
                    byte* p = ps + i;
                    Avx.Store(pd + i, RgbVectors.Pack32(
                        Stretch(p, m0, s0, clamp), Stretch(p + 8, m1, s1, clamp), Stretch(p + 16, m2, s2, clamp), Stretch(p + 24, m0, s0, clamp)));
                    Avx.Store(pd + i + 32, RgbVectors.Pack32(
                        Stretch(p + 32, m1, s1, clamp), Stretch(p + 40, m2, s2, clamp), Stretch(p + 48, m0, s0, clamp), Stretch(p + 56, m1, s1, clamp)));
                    Avx.Store(pd + i + 64, RgbVectors.Pack32(
                        Stretch(p + 64, m2, s2, clamp), Stretch(p + 72, m0, s0, clamp), Stretch(p + 80, m1, s1, clamp), Stretch(p + 88, m2, s2, clamp)));
                }
            }
        }

        for (; i < n; i += 3)
        {
            for (int c = 0; c < 3; c++)
            {
                dst[i + c] = LutTables.TruncateToByte((src[i + c] - min[c]) * scale[c]);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector256<int> Stretch(byte* p, Vector256<float> min, Vector256<float> scale, bool clamp) =>
        RgbVectors.Truncate((Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(p)) - min) * scale, clamp);

    /// <summary>Solarize's x &gt;= t ? 255 - x : x per byte; 255 - x is x ^ 0xFF, applied through the mask of the bytes at or above t. As uint elements (RGBA pixels) the alpha byte keeps its value.</summary>
    private readonly struct Invert(byte threshold, bool none) : IUnaryOperator<byte>, IUnaryOperator<uint>
    {
        private const uint Colour = 0x00FFFFFF;

        public byte Invoke(byte x) => !none && x >= threshold ? (byte)(255 - x) : x;

        public Vector128<byte> Invoke(Vector128<byte> x) => x ^ (Vector128.Equals(Vector128.Max(x, Vector128.Create(threshold)), x) & (none ? Vector128<byte>.Zero : Vector128<byte>.AllBitsSet));

        public Vector256<byte> Invoke(Vector256<byte> x) => x ^ (Vector256.Equals(Vector256.Max(x, Vector256.Create(threshold)), x) & (none ? Vector256<byte>.Zero : Vector256<byte>.AllBitsSet));

        public uint Invoke(uint x) => Invoke((byte)x) | ((uint)Invoke((byte)(x >> 8)) << 8) | ((uint)Invoke((byte)(x >> 16)) << 16) | (x & ~Colour);

        public Vector128<uint> Invoke(Vector128<uint> x) => x ^ ((Invoke(x.AsByte()) ^ x.AsByte()).AsUInt32() & Vector128.Create(Colour));

        public Vector256<uint> Invoke(Vector256<uint> x) => x ^ ((Invoke(x.AsByte()) ^ x.AsByte()).AsUInt32() & Vector256.Create(Colour));
    }
}
