using System.Numerics;

namespace SharpAugment.Tabular.Neighbors;

/// <summary>The k best (distance, index) pairs seen so far, kept sorted; ties go to the smaller index (sklearn's rule).</summary>
internal sealed class NeighborHeap<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly T[] _dist;
    private readonly int[] _index;

    public NeighborHeap(int k)
    {
        _dist = new T[k];
        _index = new int[k];
    }

    public int Count { get; private set; }

    /// <summary>The distance a candidate must not exceed to enter (infinity until full).</summary>
    public T Worst => Count < _dist.Length ? T.PositiveInfinity : _dist[^1];

    public void Clear() => Count = 0;

    public void TryInsert(T distance, int index)
    {
        int k = _dist.Length;
        if (Count == k && !Before(distance, index, _dist[k - 1], _index[k - 1]))
        {
            return;
        }

        int pos = Count < k ? Count++ : k - 1;
        while (pos > 0 && Before(distance, index, _dist[pos - 1], _index[pos - 1]))
        {
            _dist[pos] = _dist[pos - 1];
            _index[pos] = _index[pos - 1];
            pos--;
        }

        _dist[pos] = distance;
        _index[pos] = index;
    }

    public void CopyIndices(Span<int> destination) => _index.AsSpan(0, Count).CopyTo(destination);

    public void CopyDistances(Span<T> destination) => _dist.AsSpan(0, Count).CopyTo(destination);

    private static bool Before(T d, int i, T d2, int i2) => d < d2 || (d == d2 && i < i2);
}
