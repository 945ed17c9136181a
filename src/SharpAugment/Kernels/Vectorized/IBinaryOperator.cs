using System.Runtime.Intrinsics;

namespace SharpAugment.Kernels.Vectorized;

/// <summary>A point-wise operation z = f(x, y) of two same-length inputs at every width the <see cref="Pointwise"/> driver runs; all three must give the same bits for the same elements.</summary>
/// <typeparam name="T">The element type the operation reads and writes.</typeparam>
public interface IBinaryOperator<T>
    where T : unmanaged
{
    /// <summary>The operation on one pair of elements.</summary>
    T Invoke(T x, T y);

    /// <summary>The operation on two 128-bit vectors, lane by lane.</summary>
    Vector128<T> Invoke(Vector128<T> x, Vector128<T> y);

    /// <summary>The operation on two 256-bit vectors, lane by lane.</summary>
    Vector256<T> Invoke(Vector256<T> x, Vector256<T> y);
}
