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
    }
}
