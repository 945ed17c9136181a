using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SharpAugment.Kernels;

/// <summary>Reads and writes byte or float pixels as float, so one generic kernel serves both depths; the JIT removes the type test.</summary>
public static class PixelMath
{
    /// <summary>The element at <paramref name="index"/> as a float (bytes keep their 0..255 value).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Load<T>(ReadOnlySpan<T> span, int index)
        where T : unmanaged
    {
        if (typeof(T) == typeof(byte))
        {
            return Unsafe.As<T, byte>(ref Unsafe.AsRef(in span[index]));
        }

        return Unsafe.As<T, float>(ref Unsafe.AsRef(in span[index]));
    }

    /// <summary>Converts a float result to the pixel type: bytes are rounded half to even (as torch.round) and clamped to 0..255.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T From<T>(float value)
        where T : unmanaged
    {
        if (typeof(T) == typeof(byte))
        {
            float r = MathF.Round(value);
            byte b = r >= 255f ? (byte)255 : r > 0f ? (byte)r : (byte)0;
            return Unsafe.As<byte, T>(ref b);
        }

        return Unsafe.As<float, T>(ref value);
    }

    /// <summary>Converts floats to pixels exactly as <see cref="From{T}"/> does element by element (bytes: round half to even, clamp), vectorized for bytes.</summary>
    public static void FromFloats<T>(ReadOnlySpan<float> values, Span<T> dst)
        where T : unmanaged
    {
        if (dst.Length < values.Length)
        {
            throw new ArgumentException("PixelMath.FromFloats: dst is shorter than values.", nameof(dst));
        }

        if (typeof(T) != typeof(byte))
        {
            values.CopyTo(MemoryMarshal.Cast<T, float>(dst));
            return;
        }

        var bytes = MemoryMarshal.Cast<T, byte>(dst);
        int i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= 16)
        {
            ref float s = ref MemoryMarshal.GetReference(values);
            ref byte d = ref MemoryMarshal.GetReference(bytes);
            var max = Vector256.Create(255f);
            for (; i <= values.Length - 16; i += 16)
            {
                // NaN: Max(NaN, 0) and Min(NaN, 255) return their second operand on x86, but the scalar rule maps NaN to 0;
                // the mask keeps that rule on every platform.
                var a = Vector256.LoadUnsafe(ref s, (nuint)i);
                var b = Vector256.LoadUnsafe(ref s, (nuint)(i + 8));
                a = Vector256.ConditionalSelect(Vector256.Equals(a, a), a, Vector256<float>.Zero);
                b = Vector256.ConditionalSelect(Vector256.Equals(b, b), b, Vector256<float>.Zero);
                var ia = Vector256.ConvertToInt32(Vector256.Min(Vector256.Max(Vector256.Round(a), Vector256<float>.Zero), max));
                var ib = Vector256.ConvertToInt32(Vector256.Min(Vector256.Max(Vector256.Round(b), Vector256<float>.Zero), max));
                var shorts = Vector256.Narrow(ia, ib);
                var packed = Vector256.Narrow(shorts.AsUInt16(), shorts.AsUInt16());
                packed.GetLower().StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < values.Length; i++)
        {
            bytes[i] = From<byte>(values[i]);
        }
    }

    /// <summary>The largest value of the pixel type's nominal range: 255 for bytes, 1 for floats.</summary>
    public static float MaxValue<T>()
        where T : unmanaged => typeof(T) == typeof(byte) ? 255f : 1f;
}
