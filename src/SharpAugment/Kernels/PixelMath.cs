using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SharpAugment.Kernels.Vectorized;

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

        Pointwise.MapFloatsToBytes(values, MemoryMarshal.Cast<T, byte>(dst), default(RoundToByte), Pointwise.Widest);
    }

    /// <summary>d[i] = s[i] * scale[c] + offset[c] (c = i mod channels) for whole blocks of 8 pixels, vectorized; the same two roundings per element as the scalar expression. Returns the element index where the caller's scalar tail starts.</summary>
    public static int ScaleOffsetBytes(ReadOnlySpan<byte> src, Span<float> dst, int channels, ReadOnlySpan<float> scale, ReadOnlySpan<float> offset)
    {
        if (!Pointwise.Uses256 || channels is < 1 or > 4 || scale.Length < channels || offset.Length < channels || dst.Length < src.Length)
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

    /// <summary>Round half to even and clamp to 0..255, NaN to 0 (the rule of <see cref="From{T}"/>); the vector forms mask NaN first because Max(NaN, 0) returns its second operand on x86.</summary>
    private readonly struct RoundToByte : IUnaryOperator<float>
    {
        public float Invoke(float x)
        {
            float r = MathF.Round(x);
            return r >= 255f ? 255f : r > 0f ? r : 0f;
        }

        public Vector128<float> Invoke(Vector128<float> x) =>
            Vector128.Min(Vector128.Max(Vector128.Round(Vector128.ConditionalSelect(Vector128.Equals(x, x), x, Vector128<float>.Zero)), Vector128<float>.Zero), Vector128.Create(255f));

        public Vector256<float> Invoke(Vector256<float> x) =>
            Vector256.Min(Vector256.Max(Vector256.Round(Vector256.ConditionalSelect(Vector256.Equals(x, x), x, Vector256<float>.Zero)), Vector256<float>.Zero), Vector256.Create(255f));
    }
}
