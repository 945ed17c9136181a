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

    /// <summary>d[i] = s[i] * scale[c] + offset[c] (c = i mod channels) for whole blocks of 8 pixels, vectorized; the same two roundings per element as the scalar expression. Returns the element index where the caller's scalar tail starts.</summary>
    public static int ScaleOffsetBytes(ReadOnlySpan<byte> src, Span<float> dst, int channels, ReadOnlySpan<float> scale, ReadOnlySpan<float> offset)
    {
        if (!Vector256.IsHardwareAccelerated || channels is < 1 or > 4 || scale.Length < channels || offset.Length < channels || dst.Length < src.Length)
        {
            return 0;
        }

        // Eight pixels are `channels` vectors of 8 floats; vector k holds channel (8k + lane) mod channels.
        Span<float> pattern = stackalloc float[64];
        for (int j = 0; j < 8 * channels; j++)
        {
            pattern[j] = scale[j % channels];
            pattern[32 + j] = offset[j % channels];
        }

        ref float p = ref MemoryMarshal.GetReference(pattern);
        ref byte s = ref MemoryMarshal.GetReference(src);
        ref float d = ref MemoryMarshal.GetReference(dst);
        int block = 8 * channels, i = 0;
        for (; i <= src.Length - block; i += block)
        {
            for (int k = 0; k < channels; k++)
            {
                int o = i + 8 * k;
                var b = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref s, o))).AsByte();
                var w16 = Vector128.WidenLower(b);
                var x = Vector256.ConvertToSingle(Vector256.Create(Vector128.WidenLower(w16), Vector128.WidenUpper(w16)).AsInt32());
                var r = (x * Vector256.LoadUnsafe(ref p, (nuint)(8 * k))) + Vector256.LoadUnsafe(ref p, (nuint)(32 + 8 * k));
                r.StoreUnsafe(ref d, (nuint)o);
            }
        }

        return i;
    }

    /// <summary>The largest value of the pixel type's nominal range: 255 for bytes, 1 for floats.</summary>
    public static float MaxValue<T>()
        where T : unmanaged => typeof(T) == typeof(byte) ? 255f : 1f;
}
