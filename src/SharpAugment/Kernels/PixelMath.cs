using System.Runtime.CompilerServices;

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

    /// <summary>The largest value of the pixel type's nominal range: 255 for bytes, 1 for floats.</summary>
    public static float MaxValue<T>()
        where T : unmanaged => typeof(T) == typeof(byte) ? 255f : 1f;
}
