namespace SharpAugment.Tabular;

/// <summary>Accumulates synthetic rows with their provenance, then stacks them under the original table.</summary>
internal sealed class SyntheticRows
{
    private readonly TabularDataset _source;
    private float[] _numeric = [];
    private int[] _categorical = [];
    private int[] _labels = [];
    private int[] _bases = [];
    private int[] _neighbors = [];

    public SyntheticRows(TabularDataset source) => _source = source;

    public int Count { get; private set; }

    /// <summary>Reserves room for <paramref name="more"/> further rows so that appending does not reallocate.</summary>
    public void Reserve(int more)
    {
        int need = Count + more;
        if (need <= _labels.Length)
        {
            return;
        }

        int capacity = Math.Max(need, _labels.Length * 2);
        Array.Resize(ref _numeric, capacity * _source.NumericColumns);
        Array.Resize(ref _categorical, capacity * _source.CategoricalColumns);
        Array.Resize(ref _labels, capacity);
        Array.Resize(ref _bases, capacity);
        Array.Resize(ref _neighbors, capacity);
    }

    /// <summary>Appends one row (cells zero) and returns its position, for <see cref="NumericOf"/> and <see cref="CategoricalOf"/>.</summary>
    public int Add(int label, int baseRow, int neighborRow)
    {
        Reserve(1);
        int i = Count++;
        _labels[i] = label;
        _bases[i] = baseRow;
        _neighbors[i] = neighborRow;
        return i;
    }

    /// <summary>The numeric cells of appended row <paramref name="i"/>.</summary>
    public Span<float> NumericOf(int i) => _numeric.AsSpan(i * _source.NumericColumns, _source.NumericColumns);

    /// <summary>The categorical cells of appended row <paramref name="i"/>.</summary>
    public Span<int> CategoricalOf(int i) => _categorical.AsSpan(i * _source.CategoricalColumns, _source.CategoricalColumns);

    /// <summary>Stacks the originals and the synthetic rows.</summary>
    public ResampleResult Build()
    {
        var s = _source;
        int dn = s.NumericColumns, dc = s.CategoricalColumns;
        var numeric = new float[s.Numeric.Length + Count * dn];
        s.Numeric.CopyTo(numeric, 0);
        _numeric.AsSpan(0, Count * dn).CopyTo(numeric.AsSpan(s.Numeric.Length));
        var categorical = new int[s.Categorical.Length + Count * dc];
        s.Categorical.CopyTo(categorical, 0);
        _categorical.AsSpan(0, Count * dc).CopyTo(categorical.AsSpan(s.Categorical.Length));
        var labels = new int[s.Rows + Count];
        s.Labels.CopyTo(labels, 0);
        _labels.AsSpan(0, Count).CopyTo(labels.AsSpan(s.Rows));
        var data = new TabularDataset(numeric, dn, labels, categorical, dc) { ClassNames = s.ClassNames };
        return new ResampleResult(data, s.Rows, _bases[..Count], _neighbors[..Count]);
    }
}
