namespace SharpAugment.Tabular;

/// <summary>
/// A table for oversampling: a row-major float matrix of numeric features, an optional row-major matrix of categorical
/// codes, and one integer class label per row. Codes of a categorical column are ordinal ranks of its sorted values,
/// as sklearn's OrdinalEncoder makes them, so that tie rules that pick the smallest category agree with imbalanced-learn.
/// </summary>
public sealed class TabularDataset
{
    /// <summary>Builds a dataset and checks lengths, finiteness and codes, naming the row and column of any bad value.</summary>
    /// <param name="numeric">Row-major numeric features, <paramref name="numericColumns"/> per row (may be empty).</param>
    /// <param name="numericColumns">Numeric columns per row.</param>
    /// <param name="labels">One class label per row.</param>
    /// <param name="categorical">Row-major categorical codes (non-negative), or null for none.</param>
    /// <param name="categoricalColumns">Categorical columns per row.</param>
    public TabularDataset(float[] numeric, int numericColumns, int[] labels, int[]? categorical = null, int categoricalColumns = 0)
        : this(numeric, numericColumns, labels, categorical, categoricalColumns, validated: false)
    {
    }

    /// <summary>With <paramref name="validated"/>, skips the per-cell scan: for tables stacked from a validated table and finite synthetic rows.</summary>
    internal TabularDataset(float[] numeric, int numericColumns, int[] labels, int[]? categorical, int categoricalColumns, bool validated)
    {
        ArgumentNullException.ThrowIfNull(numeric);
        ArgumentNullException.ThrowIfNull(labels);
        categorical ??= [];
        if (numericColumns < 0 || categoricalColumns < 0)
        {
            throw new ArgumentException($"TabularDataset: column counts must be >= 0, got numeric {numericColumns}, categorical {categoricalColumns}.");
        }

        if (numericColumns + categoricalColumns == 0)
        {
            throw new ArgumentException("TabularDataset: a table needs at least one feature column.");
        }

        int rows = labels.Length;
        if ((long)rows * numericColumns != numeric.Length)
        {
            throw new ArgumentException($"TabularDataset: {labels.Length} labels but {numeric.Length} numeric values, which is not {numericColumns} per row (mismatched lengths).");
        }

        if ((long)rows * categoricalColumns != categorical.Length)
        {
            throw new ArgumentException($"TabularDataset: {labels.Length} labels but {categorical.Length} categorical codes, which is not {categoricalColumns} per row (mismatched lengths).");
        }

        for (int i = 0; !validated && i < numeric.Length; i++)
        {
            if (!float.IsFinite(numeric[i]))
            {
                throw new ArgumentException($"TabularDataset: row {i / numericColumns}, numeric column {i % numericColumns} is {numeric[i]}; features must be finite (no NaN or infinity).");
            }
        }

        for (int i = 0; !validated && i < categorical.Length; i++)
        {
            if (categorical[i] < 0)
            {
                throw new ArgumentException($"TabularDataset: row {i / categoricalColumns}, categorical column {i % categoricalColumns} has code {categorical[i]}; codes must be >= 0.");
            }
        }

        Numeric = numeric;
        NumericColumns = numericColumns;
        Labels = labels;
        Categorical = categorical;
        CategoricalColumns = categoricalColumns;
    }

    /// <summary>Row-major numeric features.</summary>
    public float[] Numeric { get; }

    /// <summary>Numeric columns per row.</summary>
    public int NumericColumns { get; }

    /// <summary>Row-major categorical codes.</summary>
    public int[] Categorical { get; }

    /// <summary>Categorical columns per row.</summary>
    public int CategoricalColumns { get; }

    /// <summary>Class label per row.</summary>
    public int[] Labels { get; }

    /// <summary>Optional display names of the labels (index = label), used in error messages and by the CLI.</summary>
    public IReadOnlyList<string>? ClassNames { get; init; }

    /// <summary>The display name of a label: its name when known, else the number.</summary>
    public string ClassName(int label) => ClassNames is { } names && label >= 0 && label < names.Count
        ? $"'{names[label]}'"
        : label.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Number of rows.</summary>
    public int Rows => Labels.Length;

    /// <summary>The numeric features of one row.</summary>
    public ReadOnlySpan<float> NumericRow(int row) => Numeric.AsSpan(row * NumericColumns, NumericColumns);

    /// <summary>The categorical codes of one row.</summary>
    public ReadOnlySpan<int> CategoricalRow(int row) => Categorical.AsSpan(row * CategoricalColumns, CategoricalColumns);

    /// <summary>Row indices of one class, ascending (numpy's flatnonzero(y == c)).</summary>
    public int[] RowsOfClass(int label)
    {
        int count = 0;
        foreach (int y in Labels)
        {
            if (y == label)
            {
                count++;
            }
        }

        var rows = new int[count];
        int n = 0;
        for (int i = 0; i < Labels.Length; i++)
        {
            if (Labels[i] == label)
            {
                rows[n++] = i;
            }
        }

        return rows;
    }

    /// <summary>Copies the numeric features of the given rows into a new row-major matrix.</summary>
    public float[] GatherNumeric(ReadOnlySpan<int> rows)
    {
        var result = new float[rows.Length * NumericColumns];
        for (int i = 0; i < rows.Length; i++)
        {
            NumericRow(rows[i]).CopyTo(result.AsSpan(i * NumericColumns, NumericColumns));
        }

        return result;
    }

    /// <summary>The table made of the given rows, in that order (repeats allowed), with the same class names.</summary>
    public TabularDataset SelectRows(ReadOnlySpan<int> rows)
    {
        var numeric = GatherNumeric(rows);
        var categorical = new int[rows.Length * CategoricalColumns];
        var labels = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            CategoricalRow(rows[i]).CopyTo(categorical.AsSpan(i * CategoricalColumns, CategoricalColumns));
            labels[i] = Labels[rows[i]];
        }

        return new TabularDataset(numeric, NumericColumns, labels, categorical, CategoricalColumns, validated: true) { ClassNames = ClassNames };
    }

    /// <summary>Row count per class, sorted by label (numpy's unique(y, return_counts=True)).</summary>
    public SortedDictionary<int, int> ClassCounts()
    {
        var counts = new SortedDictionary<int, int>();
        foreach (int y in Labels)
        {
            counts[y] = counts.TryGetValue(y, out int c) ? c + 1 : 1;
        }

        return counts;
    }
}
