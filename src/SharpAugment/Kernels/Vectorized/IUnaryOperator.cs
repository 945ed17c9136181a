using System.Runtime.Intrinsics;

namespace SharpAugment.Kernels.Vectorized;

/// <summary>A point-wise operation y = f(x) at every width the <see cref="Pointwise"/> driver runs: one element, 128 and 256 bits. All three must give the same bits for the same element.</summary>
/// <remarks>Instance methods rather than TensorPrimitives' static ones, because our ops carry parameters (a ratio, a threshold); a readonly struct passed by value is inlined and its fields stay in registers.</remarks>
/// <typeparam name="T">The element type the operation reads and writes.</typeparam>
public interface IUnaryOperator<T>
    where T : unmanaged
{
    /// <summary>The operation on one element (the scalar path and the hardware-less fallback).</summary>
    T Invoke(T x);

    /// <summary>The operation on a 128-bit vector, lane by lane.</summary>
    Vector128<T> Invoke(Vector128<T> x);

    /// <summary>The operation on a 256-bit vector, lane by lane.</summary>
    Vector256<T> Invoke(Vector256<T> x);
}
