using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SharpAugment.Kernels.Vectorized;

/// <summary>
/// The one loop every point-wise kernel runs on (after TensorPrimitives' InvokeSpanIntoSpan): it owns the hardware checks, the
/// blocks, the tail and the byte/float widening, so an operation is only its arithmetic (an <see cref="IUnaryOperator{T}"/> or
/// <see cref="IBinaryOperator{T}"/>).
/// </summary>
/// <remarks>
/// The tail is one more full block ending at the last element, overlapping the one before it; it is computed before the loop writes
/// anything, so <c>dst</c> may be the input itself (it must not otherwise overlap it). Inputs shorter than one block run the narrower
/// width, then the scalar path. Byte results are narrowed as trunc then saturate to 0..255, which equals the scalar
/// (byte)Math.Clamp(v, 0, 255) for every value in int32 range: an operator whose result may leave that range clamps it itself.
/// </remarks>
public static class Pointwise
{
    /// <summary>The widest path this machine accelerates; what the public kernels use.</summary>
    public static VectorWidth Widest { get; } =
        Vector256.IsHardwareAccelerated && Avx2.IsSupported ? VectorWidth.Vector256
        : Vector128.IsHardwareAccelerated ? VectorWidth.Vector128
        : VectorWidth.Scalar;

    /// <summary>Whether the 256-bit paths may run: Vector256 is accelerated and AVX2 is there (the special kernels call AVX2 instructions directly).</summary>
    public static bool Uses256 => Widest == VectorWidth.Vector256;

    /// <summary>Whether the 128-bit paths may run.</summary>
    public static bool Uses128 => Widest != VectorWidth.Scalar;

    /// <summary>The kernels' "vectorized" test switch as a width: the widest path, or the scalar one.</summary>
    public static VectorWidth Path(bool vectorized) => vectorized ? Widest : VectorWidth.Scalar;

    /// <summary>dst[i] = op(x[i]) for same-type elements (byte to byte, float to float).</summary>
    public static void Map<T, TOp>(ReadOnlySpan<T> x, Span<T> dst, TOp op, VectorWidth width)
        where T : unmanaged
        where TOp : struct, IUnaryOperator<T>
    {
        Check(x.Length, x.Length, dst.Length);
        width = Supported(width);
        ref T s = ref MemoryMarshal.GetReference(x);
        ref T d = ref MemoryMarshal.GetReference(dst);
        nuint n = (nuint)x.Length;
        if (width == VectorWidth.Vector256 && n >= (nuint)Vector256<T>.Count)
        {
            nuint last = n - (nuint)Vector256<T>.Count;
            var end = op.Invoke(Vector256.LoadUnsafe(ref s, last));
            for (nuint i = 0; i < last; i += (nuint)Vector256<T>.Count)
            {
                op.Invoke(Vector256.LoadUnsafe(ref s, i)).StoreUnsafe(ref d, i);
            }

            end.StoreUnsafe(ref d, last);
            return;
        }

        if (width != VectorWidth.Scalar && n >= (nuint)Vector128<T>.Count)
        {
            nuint last = n - (nuint)Vector128<T>.Count;
            var end = op.Invoke(Vector128.LoadUnsafe(ref s, last));
            for (nuint i = 0; i < last; i += (nuint)Vector128<T>.Count)
            {
                op.Invoke(Vector128.LoadUnsafe(ref s, i)).StoreUnsafe(ref d, i);
            }

            end.StoreUnsafe(ref d, last);
            return;
        }

        for (nuint i = 0; i < n; i++)
        {
            Unsafe.Add(ref d, i) = op.Invoke(Unsafe.Add(ref s, i));
        }
    }

    /// <summary>dst[i] = op(x[i], y[i]) for same-type elements; <paramref name="y"/> may be longer than <paramref name="x"/>.</summary>
    public static void Map<T, TOp>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> dst, TOp op, VectorWidth width)
        where T : unmanaged
        where TOp : struct, IBinaryOperator<T>
    {
        Check(x.Length, y.Length, dst.Length);
        width = Supported(width);
        ref T a = ref MemoryMarshal.GetReference(x);
        ref T b = ref MemoryMarshal.GetReference(y);
        ref T d = ref MemoryMarshal.GetReference(dst);
        nuint n = (nuint)x.Length;
        if (width == VectorWidth.Vector256 && n >= (nuint)Vector256<T>.Count)
        {
            nuint last = n - (nuint)Vector256<T>.Count;
            var end = op.Invoke(Vector256.LoadUnsafe(ref a, last), Vector256.LoadUnsafe(ref b, last));
            for (nuint i = 0; i < last; i += (nuint)Vector256<T>.Count)
            {
                op.Invoke(Vector256.LoadUnsafe(ref a, i), Vector256.LoadUnsafe(ref b, i)).StoreUnsafe(ref d, i);
            }

            end.StoreUnsafe(ref d, last);
            return;
        }

        if (width != VectorWidth.Scalar && n >= (nuint)Vector128<T>.Count)
        {
            nuint last = n - (nuint)Vector128<T>.Count;
            var end = op.Invoke(Vector128.LoadUnsafe(ref a, last), Vector128.LoadUnsafe(ref b, last));
            for (nuint i = 0; i < last; i += (nuint)Vector128<T>.Count)
            {
                op.Invoke(Vector128.LoadUnsafe(ref a, i), Vector128.LoadUnsafe(ref b, i)).StoreUnsafe(ref d, i);
            }

            end.StoreUnsafe(ref d, last);
            return;
        }

        for (nuint i = 0; i < n; i++)
        {
            Unsafe.Add(ref d, i) = op.Invoke(Unsafe.Add(ref a, i), Unsafe.Add(ref b, i));
        }
    }

    /// <summary>dst[i] = narrow(op(float(x[i]))): bytes widened to float, the float op, then trunc and saturate back to bytes.</summary>
    public static unsafe void MapBytesAsFloats<TOp>(ReadOnlySpan<byte> x, Span<byte> dst, TOp op, VectorWidth width)
        where TOp : struct, IUnaryOperator<float>
    {
        Check(x.Length, x.Length, dst.Length);
        width = Supported(width);
        nuint n = (nuint)x.Length;
        fixed (byte* s = x)
        fixed (byte* d = dst)
        {
            if (width == VectorWidth.Vector256 && n >= 32)
            {
                nuint last = n - 32;
                var end = Narrow(op.Invoke(Widen256(s + last)), op.Invoke(Widen256(s + last + 8)), op.Invoke(Widen256(s + last + 16)), op.Invoke(Widen256(s + last + 24)));
                for (nuint i = 0; i < last; i += 32)
                {
                    Narrow(op.Invoke(Widen256(s + i)), op.Invoke(Widen256(s + i + 8)), op.Invoke(Widen256(s + i + 16)), op.Invoke(Widen256(s + i + 24))).Store(d + i);
                }

                end.Store(d + last);
                return;
            }

            if (width != VectorWidth.Scalar && n >= 16)
            {
                nuint last = n - 16;
                var (e0, e1, e2, e3) = Widen128(s + last);
                var end = Narrow(op.Invoke(e0), op.Invoke(e1), op.Invoke(e2), op.Invoke(e3));
                for (nuint i = 0; i < last; i += 16)
                {
                    var (a0, a1, a2, a3) = Widen128(s + i);
                    Narrow(op.Invoke(a0), op.Invoke(a1), op.Invoke(a2), op.Invoke(a3)).Store(d + i);
                }

                end.Store(d + last);
                return;
            }

            for (nuint i = 0; i < n; i++)
            {
                d[i] = ToByte(op.Invoke(s[i]));
            }
        }
    }

    /// <summary>dst[i] = narrow(op(float(x[i]), float(y[i]))): the two-input form of <see cref="MapBytesAsFloats{TOp}(ReadOnlySpan{byte}, Span{byte}, TOp, VectorWidth)"/>.</summary>
    public static unsafe void MapBytesAsFloats<TOp>(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y, Span<byte> dst, TOp op, VectorWidth width)
        where TOp : struct, IBinaryOperator<float>
    {
        Check(x.Length, y.Length, dst.Length);
        width = Supported(width);
        nuint n = (nuint)x.Length;
        fixed (byte* a = x)
        fixed (byte* b = y)
        fixed (byte* d = dst)
        {
            if (width == VectorWidth.Vector256 && n >= 32)
            {
                nuint last = n - 32;
                var end = Binary256(a + last, b + last, op);
                for (nuint i = 0; i < last; i += 32)
                {
                    Binary256(a + i, b + i, op).Store(d + i);
                }

                end.Store(d + last);
                return;
            }

            if (width != VectorWidth.Scalar && n >= 16)
            {
                nuint last = n - 16;
                var end = Binary128(a + last, b + last, op);
                for (nuint i = 0; i < last; i += 16)
                {
                    Binary128(a + i, b + i, op).Store(d + i);
                }

                end.Store(d + last);
                return;
            }

            for (nuint i = 0; i < n; i++)
            {
                d[i] = ToByte(op.Invoke(a[i], b[i]));
            }
        }
    }

    /// <summary>dst[i] = narrow(op(x[i])): floats through the op, then trunc and saturate to bytes (an op that rounds makes it round).</summary>
    public static unsafe void MapFloatsToBytes<TOp>(ReadOnlySpan<float> x, Span<byte> dst, TOp op, VectorWidth width)
        where TOp : struct, IUnaryOperator<float>
    {
        Check(x.Length, x.Length, dst.Length);
        width = Supported(width);
        nuint n = (nuint)x.Length;
        fixed (float* s = x)
        fixed (byte* d = dst)
        {
            if (width == VectorWidth.Vector256 && n >= 32)
            {
                nuint last = n - 32;
                var end = Narrow(op.Invoke(Vector256.Load(s + last)), op.Invoke(Vector256.Load(s + last + 8)), op.Invoke(Vector256.Load(s + last + 16)), op.Invoke(Vector256.Load(s + last + 24)));
                for (nuint i = 0; i < last; i += 32)
                {
                    Narrow(op.Invoke(Vector256.Load(s + i)), op.Invoke(Vector256.Load(s + i + 8)), op.Invoke(Vector256.Load(s + i + 16)), op.Invoke(Vector256.Load(s + i + 24))).Store(d + i);
                }

                end.Store(d + last);
                return;
            }

            if (width != VectorWidth.Scalar && n >= 16)
            {
                nuint last = n - 16;
                var end = Narrow(op.Invoke(Vector128.Load(s + last)), op.Invoke(Vector128.Load(s + last + 4)), op.Invoke(Vector128.Load(s + last + 8)), op.Invoke(Vector128.Load(s + last + 12)));
                for (nuint i = 0; i < last; i += 16)
                {
                    Narrow(op.Invoke(Vector128.Load(s + i)), op.Invoke(Vector128.Load(s + i + 4)), op.Invoke(Vector128.Load(s + i + 8)), op.Invoke(Vector128.Load(s + i + 12))).Store(d + i);
                }

                end.Store(d + last);
                return;
            }

            for (nuint i = 0; i < n; i++)
            {
                d[i] = ToByte(op.Invoke(s[i]));
            }
        }
    }

    /// <summary>The scalar narrowing every byte path shares: clamp to 0..255, then truncate (torch's uint8 cast of a clamped float).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte ToByte(float v) => (byte)Math.Clamp(v, 0f, 255f);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector256<byte> Binary256<TOp>(byte* a, byte* b, TOp op)
        where TOp : struct, IBinaryOperator<float> =>
        Narrow(op.Invoke(Widen256(a), Widen256(b)), op.Invoke(Widen256(a + 8), Widen256(b + 8)), op.Invoke(Widen256(a + 16), Widen256(b + 16)), op.Invoke(Widen256(a + 24), Widen256(b + 24)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector128<byte> Binary128<TOp>(byte* a, byte* b, TOp op)
        where TOp : struct, IBinaryOperator<float>
    {
        var (a0, a1, a2, a3) = Widen128(a);
        var (b0, b1, b2, b3) = Widen128(b);
        return Narrow(op.Invoke(a0, b0), op.Invoke(a1, b1), op.Invoke(a2, b2), op.Invoke(a3, b3));
    }

    /// <summary>Eight bytes zero-extended to eight floats (vpmovzxbd straight from memory; the 256-bit path runs only with AVX2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector256<float> Widen256(byte* p) => Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(p));

    /// <summary>Sixteen bytes as four vectors of four floats, portably.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe (Vector128<float>, Vector128<float>, Vector128<float>, Vector128<float>) Widen128(byte* p)
    {
        var (lo, hi) = Vector128.Widen(Vector128.Load(p));
        var (a, b) = Vector128.Widen(lo);
        var (c, d) = Vector128.Widen(hi);
        return (Vector128.ConvertToSingle(a.AsInt32()), Vector128.ConvertToSingle(b.AsInt32()), Vector128.ConvertToSingle(c.AsInt32()), Vector128.ConvertToSingle(d.AsInt32()));
    }

    /// <summary>32 floats to 32 bytes: truncate (cvttps2dq), then the saturating packs clamp to 0..255.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Narrow(Vector256<float> a, Vector256<float> b, Vector256<float> c, Vector256<float> d) =>
        RgbVectors.Pack32(
            Avx.ConvertToVector256Int32WithTruncation(a),
            Avx.ConvertToVector256Int32WithTruncation(b),
            Avx.ConvertToVector256Int32WithTruncation(c),
            Avx.ConvertToVector256Int32WithTruncation(d));

    /// <summary>16 floats to 16 bytes portably: truncate, clamp the integers to 0..255, then narrow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Narrow(Vector128<float> a, Vector128<float> b, Vector128<float> c, Vector128<float> d)
    {
        var max = Vector128.Create(255);
        var lo = Vector128.Narrow(Clamp(Vector128.ConvertToInt32(a), max), Clamp(Vector128.ConvertToInt32(b), max));
        var hi = Vector128.Narrow(Clamp(Vector128.ConvertToInt32(c), max), Clamp(Vector128.ConvertToInt32(d), max));
        return Vector128.Narrow(lo.AsUInt16(), hi.AsUInt16());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<int> Clamp(Vector128<int> v, Vector128<int> max) => Vector128.Min(Vector128.Max(v, Vector128<int>.Zero), max);

    /// <summary>A requested width this machine lacks falls back to the widest it has, so tests may ask for every width everywhere.</summary>
    private static VectorWidth Supported(VectorWidth width) => width > Widest ? Widest : width;

    private static void Check(int x, int y, int dst)
    {
        if (y < x || dst < x)
        {
            throw new ArgumentException($"Pointwise: the input has {x} elements but the second input has {y} and dst {dst}.", nameof(dst));
        }
    }
}
