using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SharpAugment.Kernels;

/// <summary>AVX2 building blocks for interleaved RGB bytes, eight pixels per 256-bit register: pixels 0-3 in the low 128-bit lane and pixels 4-7 in the high lane (12 bytes each), so in-lane byte shuffles split and rebuild the channels without cross-lane work.</summary>
internal static class RgbVectors
{
    /// <summary>Bytes one step covers (eight RGB pixels).</summary>
    internal const int Step = 24;

    /// <summary>How far past a step's start its two 16-byte lane loads and stores reach: a step at i needs i + Reach &lt;= length.</summary>
    internal const int Reach = 28;

    private const byte Z = 0x80;

    /// <summary>The shuffle that puts channel 0 of each lane's four pixels into int32 lanes.</summary>
    internal static Vector256<byte> MaskR
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector256.Create((byte)0, Z, Z, Z, 3, Z, Z, Z, 6, Z, Z, Z, 9, Z, Z, Z, 0, Z, Z, Z, 3, Z, Z, Z, 6, Z, Z, Z, 9, Z, Z, Z);
    }

    /// <summary>The shuffle that puts channel 1 into int32 lanes.</summary>
    internal static Vector256<byte> MaskG
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector256.Create((byte)1, Z, Z, Z, 4, Z, Z, Z, 7, Z, Z, Z, 10, Z, Z, Z, 1, Z, Z, Z, 4, Z, Z, Z, 7, Z, Z, Z, 10, Z, Z, Z);
    }

    /// <summary>The shuffle that puts channel 2 into int32 lanes.</summary>
    internal static Vector256<byte> MaskB
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector256.Create((byte)2, Z, Z, Z, 5, Z, Z, Z, 8, Z, Z, Z, 11, Z, Z, Z, 2, Z, Z, Z, 5, Z, Z, Z, 8, Z, Z, Z, 11, Z, Z, Z);
    }

    /// <summary>The shuffle that writes the low byte of each int32 lane into the three channels of its pixel.</summary>
    internal static Vector256<byte> SpreadMask
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector256.Create((byte)0, 0, 0, 4, 4, 4, 8, 8, 8, 12, 12, 12, Z, Z, Z, Z, 0, 0, 0, 4, 4, 4, 8, 8, 8, 12, 12, 12, Z, Z, Z, Z);
    }

    /// <summary>The shuffle that turns each lane's [R0-3 G0-3 B0-3 x] bytes back into interleaved R G B.</summary>
    internal static Vector256<byte> InterleaveMask
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector256.Create((byte)0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11, Z, Z, Z, Z, 0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11, Z, Z, Z, Z);
    }

    /// <summary>Eight pixels from s[i]: bytes i..i+15 in the low lane, i+12..i+27 in the high lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<byte> Load(ref byte s, int i) =>
        Vector256.Create(Vector128.LoadUnsafe(ref s, (nuint)i), Vector128.LoadUnsafe(ref s, (nuint)(i + 12)));

    /// <summary>Writes each lane's first 12 bytes to d[i] and d[i+12] (the bytes up to i + Reach are scratch, rewritten by the next step or the caller's tail).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Store(ref byte d, int i, Vector256<byte> v)
    {
        v.GetLower().StoreUnsafe(ref d, (nuint)i);
        v.GetUpper().StoreUnsafe(ref d, (nuint)(i + 12));
    }

    /// <summary>One channel of the eight pixels as floats (pixel order 0..7).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<float> Channel(Vector256<byte> pixels, Vector256<byte> mask) =>
        Avx.ConvertToVector256Single(Avx2.Shuffle(pixels, mask).AsInt32());

    /// <summary>torchvision's float32 gray, (0.2989 r + 0.587 g) + 0.114 b, as separate multiplies and adds in that order (no fused multiply-add).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<float> Gray(Vector256<float> r, Vector256<float> g, Vector256<float> b) =>
        (Vector256.Create(ColorKernels.WeightR) * r) + (Vector256.Create(ColorKernels.WeightG) * g) + (Vector256.Create(ColorKernels.WeightB) * b);

    /// <summary>trunc(clamp(x, 0, 255)) as int32 lanes; when <paramref name="clamp"/> is false the caller has proved |x| &lt; 2^31, and the saturating packs that follow do the clamp.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<int> Truncate(Vector256<float> x, bool clamp)
    {
        if (clamp)
        {
            // maxps returns its second operand for NaN, so NaN becomes 0 like the scalar cast of a clamped NaN.
            x = Avx.Min(Avx.Max(x, Vector256<float>.Zero), Vector256.Create(255f));
        }

        return Avx.ConvertToVector256Int32WithTruncation(x);
    }

    /// <summary>Whether r*x + o*y over bytes x, y stays inside int32, so truncating first and saturating in the packs equals clamping first.</summary>
    internal static bool FitsInt32(float r, float o) => (Math.Abs((double)r) + Math.Abs((double)o)) * 255.0 < 2e9;

    /// <summary>Packs three int32 channel vectors (eight pixels) with signed then unsigned saturation and interleaves them into R G B bytes per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<byte> Interleave(Vector256<int> r, Vector256<int> g, Vector256<int> b)
    {
        var rg = Avx2.PackSignedSaturate(r, g);
        var bb = Avx2.PackSignedSaturate(b, b);
        return Avx2.Shuffle(Avx2.PackUnsignedSaturate(rg, bb), InterleaveMask);
    }

    /// <summary>Packs four int32 vectors (32 consecutive elements) into 32 bytes in element order, saturating to 0..255.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<byte> Pack32(Vector256<int> a, Vector256<int> b, Vector256<int> c, Vector256<int> d)
    {
        var bytes = Avx2.PackUnsignedSaturate(Avx2.PackSignedSaturate(a, b), Avx2.PackSignedSaturate(c, d));
        return Avx2.PermuteVar8x32(bytes.AsInt32(), Vector256.Create(0, 4, 1, 5, 2, 6, 3, 7)).AsByte();
    }
}
