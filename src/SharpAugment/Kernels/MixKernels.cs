using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SharpAugment.Kernels;

/// <summary>The pixel work of Mixup, CutMix and Mosaic: a two-image blend and rectangle copies between same-layout buffers.</summary>
public static class MixKernels
{
    /// <summary>destination = round(weightA * a + (1 - weightA) * b) for bytes, rounding half up, the Mixup of two uint8 images.</summary>
    public static void Blend(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, float weightA, Span<byte> destination)
    {
        CheckLengths(a.Length, b.Length, destination.Length);
        float wb = 1f - weightA;
        int i = 0;
        if (Vector256.IsHardwareAccelerated && destination.Length >= Vector256<byte>.Count)
        {
            // The same float operations in the same order as the scalar tail (no fused multiply-add), so both paths agree bit for bit.
            var va = Vector256.Create(weightA);
            var vb = Vector256.Create(wb);
            var half = Vector256.Create(0.5f);
            ref byte ra = ref MemoryMarshal.GetReference(a);
            ref byte rb = ref MemoryMarshal.GetReference(b);
            ref byte rd = ref MemoryMarshal.GetReference(destination);
            for (; i <= destination.Length - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                var (a0, a1) = Vector256.Widen(Vector256.LoadUnsafe(ref ra, (nuint)i));
                var (b0, b1) = Vector256.Widen(Vector256.LoadUnsafe(ref rb, (nuint)i));
                var lo = Vector256.Narrow(Mix16(a0, b0, va, vb, half), Mix16(a1, b1, va, vb, half));
                lo.StoreUnsafe(ref rd, (nuint)i);
            }
        }

        for (; i < destination.Length; i++)
        {
            destination[i] = (byte)Math.Clamp((int)(weightA * a[i] + wb * b[i] + 0.5f), 0, 255);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Mix16(Vector256<ushort> a, Vector256<ushort> b, Vector256<float> wa, Vector256<float> wb, Vector256<float> half)
    {
        var (a0, a1) = Vector256.Widen(a);
        var (b0, b1) = Vector256.Widen(b);
        return Vector256.Narrow(Mix32(a0, b0, wa, wb, half), Mix32(a1, b1, wa, wb, half));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Mix32(Vector256<uint> a, Vector256<uint> b, Vector256<float> wa, Vector256<float> wb, Vector256<float> half)
    {
        var fa = Vector256.ConvertToSingle(a.AsInt32());
        var fb = Vector256.ConvertToSingle(b.AsInt32());
        var r = Vector256.ConvertToInt32(((wa * fa) + (wb * fb)) + half);

        // Weights are non-negative and sum to 1 (within one float ulp), so r stays in 0..255 and narrowing cannot wrap.
        return Vector256.Min(Vector256.Max(r, Vector256<int>.Zero), Vector256.Create(255)).AsUInt32();
    }

    /// <summary>destination = weightA * a + (1 - weightA) * b for floats (vectorized by TensorPrimitives).</summary>
    public static void Blend(ReadOnlySpan<float> a, ReadOnlySpan<float> b, float weightA, Span<float> destination)
    {
        CheckLengths(a.Length, b.Length, destination.Length);
        TensorPrimitives.Multiply(b, 1f - weightA, destination);
        TensorPrimitives.MultiplyAdd(a, weightA, destination, destination);
    }

    /// <summary>Copies a w x h block of pixels from (srcX, srcY) in a source of width srcWidth to (dstX, dstY) in a destination of width dstWidth.</summary>
    public static void CopyBlock<T>(ReadOnlySpan<T> source, int sourceWidth, int sourceX, int sourceY,
        Span<T> destination, int destinationWidth, int destinationX, int destinationY, int width, int height, int channels)
        where T : unmanaged
    {
        if (width <= 0 || height <= 0)
        {
            return;
        }

        int run = width * channels;
        for (int y = 0; y < height; y++)
        {
            source.Slice(((sourceY + y) * sourceWidth + sourceX) * channels, run)
                .CopyTo(destination.Slice(((destinationY + y) * destinationWidth + destinationX) * channels, run));
        }
    }

    private static void CheckLengths(int a, int b, int d)
    {
        if (a != b || a != d)
        {
            throw new ArgumentException($"MixKernels.Blend: lengths {a}, {b} and {d} must be equal.");
        }
    }
}
