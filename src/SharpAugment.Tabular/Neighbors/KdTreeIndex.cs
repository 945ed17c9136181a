namespace SharpAugment.Tabular.Neighbors;

/// <summary>
/// Exact KD-tree: nodes split the widest dimension at the median; a query visits the nearer child first and skips a
/// node only when its box lies strictly farther than the current k-th distance (with a margin for float rounding, so
/// pruning never changes the answer). Leaf distances use <see cref="NearestNeighbors.SquaredDistance"/>, the same
/// bits as the brute force, so both searches return identical neighbours, ties included.
/// </summary>
internal sealed class KdTreeIndex
{
    private const int LeafSize = 16;

    // Relative slack on the prune test: box bounds are summed in another order than the exact distances, so they can
    // differ from them by a few float ulps; 1e-4 is far above that and costs almost no extra visits.
    private const double PruneSlack = 1e-4;

    private readonly float[] _data;
    private readonly int _columns;
    private readonly int[] _order;
    private readonly List<Node> _nodes = [];
    private readonly List<float> _boxes = [];

    public KdTreeIndex(float[] data, int rows, int columns)
    {
        _data = data;
        _columns = columns;
        _order = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            _order[i] = i;
        }

        var keys = new float[rows];
        Build(0, rows, keys);
    }

    private readonly record struct Node(int Start, int End, int Left, int Right);

    private int Build(int start, int end, float[] keys)
    {
        int id = _nodes.Count;
        _nodes.Add(default);
        int boxAt = _boxes.Count;
        for (int f = 0; f < 2 * _columns; f++)
        {
            _boxes.Add(0);
        }

        int widest = 0;
        float widestSpread = -1;
        for (int f = 0; f < _columns; f++)
        {
            float lo = float.PositiveInfinity, hi = float.NegativeInfinity;
            for (int i = start; i < end; i++)
            {
                float v = _data[_order[i] * _columns + f];
                lo = Math.Min(lo, v);
                hi = Math.Max(hi, v);
            }

            _boxes[boxAt + 2 * f] = lo;
            _boxes[boxAt + 2 * f + 1] = hi;
            if (hi - lo > widestSpread)
            {
                widestSpread = hi - lo;
                widest = f;
            }
        }

        if (end - start <= LeafSize || widestSpread <= 0)
        {
            _nodes[id] = new Node(start, end, -1, -1);
            return id;
        }

        for (int i = start; i < end; i++)
        {
            keys[i] = _data[_order[i] * _columns + widest];
        }

        Array.Sort(keys, _order, start, end - start);
        int mid = (start + end) / 2;
        int left = Build(start, mid, keys);
        int right = Build(mid, end, keys);
        _nodes[id] = new Node(start, end, left, right);
        return id;
    }

    public void Search(ReadOnlySpan<float> query, NeighborHeap<float> heap) => Visit(0, query, heap, LowerBound(0, query));

    private void Visit(int id, ReadOnlySpan<float> query, NeighborHeap<float> heap, double bound)
    {
        if (bound > heap.Worst * (1 + PruneSlack))
        {
            return;
        }

        var node = _nodes[id];
        if (node.Left < 0)
        {
            for (int i = node.Start; i < node.End; i++)
            {
                int row = _order[i];
                heap.TryInsert(NearestNeighbors.SquaredDistance(query, _data.AsSpan(row * _columns, _columns)), row);
            }

            return;
        }

        double left = LowerBound(node.Left, query), right = LowerBound(node.Right, query);
        if (left <= right)
        {
            Visit(node.Left, query, heap, left);
            Visit(node.Right, query, heap, right);
        }
        else
        {
            Visit(node.Right, query, heap, right);
            Visit(node.Left, query, heap, left);
        }
    }

    private double LowerBound(int id, ReadOnlySpan<float> query)
    {
        int boxAt = id * 2 * _columns;
        double sum = 0;
        for (int f = 0; f < _columns; f++)
        {
            double q = query[f], lo = _boxes[boxAt + 2 * f], hi = _boxes[boxAt + 2 * f + 1];
            double gap = q < lo ? lo - q : q > hi ? q - hi : 0;
            sum += gap * gap;
        }

        return sum;
    }
}
