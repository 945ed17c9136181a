namespace SharpAugment.Tabular;

/// <summary>
/// Accumulates synthetic rows with their provenance directly after a copy of the original table, so that the
/// resampled table is built with one copy of the originals (none more when the reserved size was exact).
/// </summary>
internal sealed class SyntheticRows
{
    private readonly TabularDataset _source;
    private float[] _numeric;
    private int[] _categorical;
    private int[] _labels;
    private int[] _bases = [];
    private int[] _neighbors = [];

    public SyntheticRows(TabularDataset source)
    {
        _source = source;
        _numeric = source.Numeric;
        _categorical = source.Categorical;
        _labels = source.Labels;
    }

    public int Count { get; private set; }

    private int Capacity => _bases.Length;

    /// <summary>Reserves room for <paramref name="more"/> further rows so that appending does not reallocate.</summary>
    public void Reserve(int more)
    {
        int need = Count + more;
        if (need <= Capacity)
        {
            return;
        }

        int capacity = Capacity == 0 ? need : Math.Max(need, Capacity * 2);
        int rows = _source.Rows + capacity;
        _numeric = Grow(_numeric, rows * _source.NumericColumns);
        _categorical = Grow(_categorical, rows * _source.CategoricalColumns);
        _labels = Grow(_labels, rows);
        Array.Resize(ref _bases, capacity);
        Array.Resize(ref _neighbors, capacity);
    }

    private static T[] Grow<T>(T[] array, int length)
    {
        var grown = new T[length];
        array.AsSpan(0, Math.Min(array.Length, length)).CopyTo(grown);
        return grown;
    }

    /// <summary>Appends one row (cells zero) and returns its position, for <see cref="NumericOf"/> and <see cref="CategoricalOf"/>.</summary>
    public int Add(int label, int baseRow, int neighborRow)
    {
        Reserve(1);
        int i = Count++;
        _labels[_source.Rows + i] = label;
        _bases[i] = baseRow;
        _neighbors[i] = neighborRow;
        return i;
    }

    /// <summary>Records that appended row <paramref name="i"/> has no neighbour after all (it was perturbed, not interpolated).</summary>
    public void SetNeighbor(int i, int neighborRow) => _neighbors[i] = neighborRow;

    /// <summary>The numeric cells of appended row <paramref name="i"/>.</summary>
    public Span<float> NumericOf(int i) => _numeric.AsSpan((_source.Rows + i) * _source.NumericColumns, _source.NumericColumns);

    /// <summary>The categorical cells of appended row <paramref name="i"/>.</summary>
    public Span<int> CategoricalOf(int i) => _categorical.AsSpan((_source.Rows + i) * _source.CategoricalColumns, _source.CategoricalColumns);

    /// <summary>Stacks the originals and the synthetic rows; the originals were validated, the synthetic cells are checked here.</summary>
    public ResampleResult Build()
    {
        var s = _source;
        int dn = s.NumericColumns, dc = s.CategoricalColumns, rows = s.Rows + Count;
        if (Count == 0)
        {
            _numeric = (float[])s.Numeric.Clone();
            _categorical = (int[])s.Categorical.Clone();
            _labels = (int[])s.Labels.Clone();
        }

        var numeric = _numeric.Length == rows * dn ? _numeric : _numeric[..(rows * dn)];
        var categorical = _categorical.Length == rows * dc ? _categorical : _categorical[..(rows * dc)];
        var labels = _labels.Length == rows ? _labels : _labels[..rows];
        for (int i = s.Rows * dn; i < numeric.Length; i++)
        {
            if (!float.IsFinite(numeric[i]))
            {
                throw new InvalidOperationException($"synthetic row {i / dn - s.Rows}, numeric column {i % dn} overflowed to {numeric[i]}; the inputs are too large for float.");
            }
        }

        var data = new TabularDataset(numeric, dn, labels, categorical, dc, validated: true) { ClassNames = s.ClassNames };
        return new ResampleResult(data, s.Rows, _bases[..Count], _neighbors[..Count]);
    }
}
