using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.MultiLabel;

/// <summary>
/// MLSMOTE (Charte, Rivera, del Jesus and Herrera 2015) for multi-label tables whose labels are 0/1 numeric columns.
/// A label is a minority label when its imbalance ratio IRLbl (the most frequent label's count over its own) exceeds
/// the mean IRLbl. For every minority label and every row carrying it, one new row is made: numeric features
/// interpolate towards a random one of the row's k nearest rows carrying the label (Euclidean on the numeric
/// features), categorical features take the most frequent value of the row and those neighbours, and the label set
/// is the paper's 'ranking': the labels present in more than half of the row and its neighbours.
/// </summary>
public sealed class MlSmote
{
    /// <summary>The name used in error messages and on the command line.</summary>
    public string Name => "mlsmote";

    /// <summary>Neighbours per row (the paper's k, default 5; fewer when a label has fewer rows).</summary>
    public int KNeighbors { get; init; } = 5;

    /// <summary>IRLbl of every label column (in the order given): max label count / this label's count (infinite for an unused label).</summary>
    public double[] ImbalanceRatios(TabularDataset data, IReadOnlyList<int> labelColumns)
    {
        ArgumentNullException.ThrowIfNull(data);
        Check(data, labelColumns);
        var counts = labelColumns.Select(c => Enumerable.Range(0, data.Rows).Count(i => data.Numeric[i * data.NumericColumns + c] == 1)).ToArray();
        int max = counts.Max();
        return [.. counts.Select(n => n == 0 ? double.PositiveInfinity : (double)max / n)];
    }

    /// <summary>The minority labels (positions in <paramref name="labelColumns"/>): used labels whose IRLbl exceeds the mean IRLbl of the used labels.</summary>
    public int[] MinorityLabels(TabularDataset data, IReadOnlyList<int> labelColumns)
    {
        var ir = ImbalanceRatios(data, labelColumns);
        var used = ir.Where(double.IsFinite).ToArray();
        double mean = used.Average();
        return [.. Enumerable.Range(0, ir.Length).Where(l => double.IsFinite(ir[l]) && ir[l] > mean)];
    }

    /// <summary>Returns the original rows unchanged, then one new row per (minority label, row carrying it).</summary>
    public ResampleResult Resample(TabularDataset data, IReadOnlyList<int> labelColumns, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var minority = MinorityLabels(data, labelColumns);
        var isLabel = new bool[data.NumericColumns];
        foreach (int c in labelColumns)
        {
            isLabel[c] = true;
        }

        int[] features = [.. Enumerable.Range(0, data.NumericColumns).Where(c => !isLabel[c])];
        var output = new SyntheticRows(data);
        var labelCounts = new int[labelColumns.Count];
        foreach (int l in minority)
        {
            int column = labelColumns[l];
            int[] bag = [.. Enumerable.Range(0, data.Rows).Where(i => data.Numeric[i * data.NumericColumns + column] == 1)];
            int k = Math.Min(KNeighbors, bag.Length - 1);
            if (k < 1)
            {
                continue; // one row carries the label: no neighbour to interpolate towards
            }

            var x = Gather(data, bag, features);
            var neighbors = new NearestNeighbors(x, Math.Max(features.Length, 1)).QueryAll(k + 1);
            for (int s = 0; s < bag.Length; s++)
            {
                var around = neighbors.AsSpan(s * (k + 1) + 1, k);
                int reference = bag[around[rng.Next(k)]];
                int seed = bag[s];
                int i = output.Add(data.Labels[seed], seed, reference);
                var cells = output.NumericOf(i);
                var a = data.NumericRow(seed);
                var b = data.NumericRow(reference);
                double u = rng.NextDouble();
                foreach (int f in features)
                {
                    cells[f] = (float)(a[f] + u * (b[f] - a[f]));
                }

                Array.Clear(labelCounts);
                Count(data, seed, labelColumns, labelCounts);
                foreach (int nb in around)
                {
                    Count(data, bag[nb], labelColumns, labelCounts);
                }

                for (int j = 0; j < labelColumns.Count; j++)
                {
                    cells[labelColumns[j]] = 2 * labelCounts[j] > k + 1 ? 1 : 0;
                }

                var cat = output.CategoricalOf(i);
                for (int c = 0; c < data.CategoricalColumns; c++)
                {
                    var values = new int[k + 1];
                    values[0] = data.CategoricalRow(seed)[c];
                    for (int j = 0; j < k; j++)
                    {
                        values[j + 1] = data.CategoricalRow(bag[around[j]])[c];
                    }

                    cat[c] = Samplers.Editing.Mode(values);
                }
            }
        }

        return output.Build();
    }

    private static void Count(TabularDataset data, int row, IReadOnlyList<int> labelColumns, int[] counts)
    {
        var x = data.NumericRow(row);
        for (int j = 0; j < labelColumns.Count; j++)
        {
            if (x[labelColumns[j]] == 1)
            {
                counts[j]++;
            }
        }
    }

    private static float[] Gather(TabularDataset data, int[] rows, int[] features)
    {
        int fc = Math.Max(features.Length, 1);
        var result = new float[rows.Length * fc];
        for (int i = 0; i < rows.Length; i++)
        {
            for (int f = 0; f < features.Length; f++)
            {
                result[i * fc + f] = data.Numeric[rows[i] * data.NumericColumns + features[f]];
            }
        }

        return result;
    }

    private void Check(TabularDataset data, IReadOnlyList<int> labelColumns)
    {
        ArgumentNullException.ThrowIfNull(labelColumns);
        if (labelColumns.Count < 2)
        {
            throw new ArgumentException($"{Name}: give at least two label columns, got {labelColumns.Count}.");
        }

        if (KNeighbors < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(KNeighbors), KNeighbors, $"{Name}: k_neighbors must be >= 1, got {KNeighbors}.");
        }

        foreach (int c in labelColumns)
        {
            if (c < 0 || c >= data.NumericColumns)
            {
                throw new ArgumentOutOfRangeException(nameof(labelColumns), c, $"{Name}: label column {c} is not one of the {data.NumericColumns} numeric columns.");
            }

            for (int i = 0; i < data.Rows; i++)
            {
                float v = data.Numeric[i * data.NumericColumns + c];
                if (v != 0 && v != 1)
                {
                    throw new ArgumentException($"{Name}: row {i}, label column {c} is {v}; labels must be 0 or 1.");
                }
            }
        }

        if (labelColumns.Distinct().Count() != labelColumns.Count)
        {
            throw new ArgumentException($"{Name}: a label column is listed twice.");
        }

        if (labelColumns.Count == data.NumericColumns)
        {
            throw new ArgumentException($"{Name}: the table needs at least one numeric feature besides the labels.");
        }
    }
}
