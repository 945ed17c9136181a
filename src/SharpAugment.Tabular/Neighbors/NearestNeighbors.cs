namespace SharpAugment.Tabular.Neighbors;

/// <summary>
/// Exact k-nearest-neighbour search in squared Euclidean distance, with sklearn's tie rule (equal distances: the
/// smaller row index first). A query for a fitted row returns that row too, as sklearn's kneighbors(X) does; callers
/// drop column 0 exactly as imbalanced-learn does.
/// </summary>
public sealed class NearestNeighbors
{
    /// <summary>Up to this many columns the automatic choice is the KD-tree (above it pruning stops paying).</summary>
    public const int KdTreeMaxColumns = 8;

    private readonly float[] _data;
    private readonly BruteForceIndex? _brute;
    private readonly KdTreeIndex? _tree;

    /// <summary>Indexes the rows of <paramref name="data"/>, <paramref name="columns"/> features each (row-major).</summary>
    public NearestNeighbors(float[] data, int columns, NeighborAlgorithm algorithm = NeighborAlgorithm.Auto)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (columns <= 0 || data.Length % columns != 0)
        {
            throw new ArgumentException($"NearestNeighbors: {data.Length} values do not make rows of {columns} columns.");
        }

        _data = data;
        Columns = columns;
        Rows = data.Length / columns;
        if (algorithm == NeighborAlgorithm.Auto)
        {
            algorithm = columns <= KdTreeMaxColumns && Rows > 64 ? NeighborAlgorithm.KdTree : NeighborAlgorithm.BruteForce;
        }

        Algorithm = algorithm;
        if (algorithm == NeighborAlgorithm.KdTree)
        {
            _tree = new KdTreeIndex(data, Rows, columns);
        }
        else
        {
            _brute = new BruteForceIndex(data, Rows, columns);
        }
    }

    /// <summary>The indexed row count.</summary>
    public int Rows { get; }

    /// <summary>The feature count.</summary>
    public int Columns { get; }

    /// <summary>The search actually used.</summary>
    public NeighborAlgorithm Algorithm { get; }

    /// <summary>The squared Euclidean distance, summed in feature order in float; both searches produce exactly these bits.</summary>
    public static float SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float sum = 0;
        for (int f = 0; f < a.Length; f++)
        {
            float d = a[f] - b[f];
            sum += d * d;
        }

        return sum;
    }

    /// <summary>The k nearest indexed rows of each query row (row-major, <see cref="Columns"/> per row), as a queries x k matrix sorted nearest first.</summary>
    public int[] Query(ReadOnlySpan<float> queries, int k) => Query(queries, k, null);

    /// <summary>As <see cref="Query(ReadOnlySpan{float}, int)"/>, also filling the squared distances (queries x k) when <paramref name="distances"/> is given.</summary>
    public int[] Query(ReadOnlySpan<float> queries, int k, float[]? distances)
    {
        if (k <= 0 || k > Rows)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"NearestNeighbors: expected 0 < n_neighbors <= n_samples_fit, but n_neighbors = {k}, n_samples_fit = {Rows}.");
        }

        if (queries.Length % Columns != 0)
        {
            throw new ArgumentException($"NearestNeighbors: query length {queries.Length} is not a multiple of {Columns} columns.");
        }

        int count = queries.Length / Columns;
        var result = new int[count * k];
        var heap = new NeighborHeap<float>(k);
        int start = 0;
        if (_brute is not null)
        {
            var heaps = new[] { new NeighborHeap<float>(k), new NeighborHeap<float>(k), new NeighborHeap<float>(k), new NeighborHeap<float>(k) };
            for (; start + 4 <= count; start += 4)
            {
                foreach (var h in heaps)
                {
                    h.Clear();
                }

                _brute.Search4(queries.Slice(start * Columns, 4 * Columns), heaps);
                for (int j = 0; j < 4; j++)
                {
                    heaps[j].CopyIndices(result.AsSpan((start + j) * k, k));
                    if (distances is not null)
                    {
                        heaps[j].CopyDistances(distances.AsSpan((start + j) * k, k));
                    }
                }
            }
        }

        for (int i = start; i < count; i++)
        {
            heap.Clear();
            var q = queries.Slice(i * Columns, Columns);
            if (_tree is not null)
            {
                _tree.Search(q, heap);
            }
            else
            {
                _brute!.Search(q, heap);
            }

            heap.CopyIndices(result.AsSpan(i * k, k));
            if (distances is not null)
            {
                heap.CopyDistances(distances.AsSpan(i * k, k));
            }
        }

        return result;
    }

    /// <summary>The k nearest indexed rows of every indexed row (sklearn's kneighbors(X) on the fitted X).</summary>
    public int[] QueryAll(int k) => Query(_data, k);
}
