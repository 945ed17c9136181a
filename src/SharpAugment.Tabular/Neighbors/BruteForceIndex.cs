using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SharpAugment.Tabular.Neighbors;

/// <summary>
/// Exact brute-force search over rows stored in blocks of 8, feature-major inside a block, so one SIMD lane holds one
/// reference row and a query is broadcast feature by feature. Each lane sums (q_f - r_f)^2 in feature order with a
/// separate multiply and add, which is bit-identical to <see cref="NearestNeighbors.SquaredDistance"/>.
/// </summary>
internal sealed class BruteForceIndex
{
    private const int Lanes = 8;
    private readonly float[] _blocks;
    private readonly int _rows;
    private readonly int _columns;
    private readonly int _blockCount;

    public BruteForceIndex(ReadOnlySpan<float> data, int rows, int columns)
    {
        _rows = rows;
        _columns = columns;
        _blockCount = (rows + Lanes - 1) / Lanes;
        _blocks = new float[_blockCount * columns * Lanes];
        for (int r = 0; r < rows; r++)
        {
            int block = r / Lanes, lane = r % Lanes;
            int baseOffset = block * columns * Lanes + lane;
            for (int f = 0; f < columns; f++)
            {
                _blocks[baseOffset + f * Lanes] = data[r * columns + f];
            }
        }
    }

    /// <summary>Searches four queries at once, so each block row loaded serves four distance sums.</summary>
    public void Search4(ReadOnlySpan<float> queries, NeighborHeap<float>[] heaps)
    {
        int columns = _columns;
        ref float blocks = ref MemoryMarshal.GetArrayDataReference(_blocks);
        ref float q0 = ref MemoryMarshal.GetReference(queries);
        ref float q1 = ref Unsafe.Add(ref q0, columns);
        ref float q2 = ref Unsafe.Add(ref q1, columns);
        ref float q3 = ref Unsafe.Add(ref q2, columns);
        for (int b = 0; b < _blockCount; b++)
        {
            ref float block = ref Unsafe.Add(ref blocks, b * columns * Lanes);
            var acc0 = Vector256<float>.Zero;
            var acc1 = Vector256<float>.Zero;
            var acc2 = Vector256<float>.Zero;
            var acc3 = Vector256<float>.Zero;
            for (int f = 0; f < columns; f++)
            {
                var r = Vector256.LoadUnsafe(ref block, (nuint)(f * Lanes));
                var d0 = Vector256.Create(Unsafe.Add(ref q0, f)) - r;
                var d1 = Vector256.Create(Unsafe.Add(ref q1, f)) - r;
                var d2 = Vector256.Create(Unsafe.Add(ref q2, f)) - r;
                var d3 = Vector256.Create(Unsafe.Add(ref q3, f)) - r;
                acc0 += d0 * d0;
                acc1 += d1 * d1;
                acc2 += d2 * d2;
                acc3 += d3 * d3;
            }

            Offer(acc0, b, heaps[0]);
            Offer(acc1, b, heaps[1]);
            Offer(acc2, b, heaps[2]);
            Offer(acc3, b, heaps[3]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Offer(Vector256<float> acc, int b, NeighborHeap<float> heap)
    {
        uint mask = Vector256.LessThanOrEqual(acc, Vector256.Create(heap.Worst)).ExtractMostSignificantBits();
        int first = b * Lanes;
        if (first + Lanes > _rows)
        {
            mask &= (1u << (_rows - first)) - 1;
        }

        while (mask != 0)
        {
            int lane = BitOperations.TrailingZeroCount(mask);
            heap.TryInsert(acc.GetElement(lane), first + lane);
            mask &= mask - 1;
        }
    }

    public void Search(ReadOnlySpan<float> query, NeighborHeap<float> heap)
    {
        int columns = _columns;
        ref float blocks = ref MemoryMarshal.GetArrayDataReference(_blocks);
        ref float q = ref MemoryMarshal.GetReference(query);
        for (int b = 0; b < _blockCount; b++)
        {
            ref float block = ref Unsafe.Add(ref blocks, b * columns * Lanes);
            var acc = Vector256<float>.Zero;
            for (int f = 0; f < columns; f++)
            {
                var d = Vector256.Create(Unsafe.Add(ref q, f)) - Vector256.LoadUnsafe(ref block, (nuint)(f * Lanes));
                acc += d * d;
            }

            Offer(acc, b, heap);
        }
    }
}
