using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// SMOTEN for categorical-only tables, as imbalanced-learn: distances are the Value Difference Metric fitted on the
/// whole table (per feature, (sum over classes of |P(class | a) - P(class | b)|)^2, summed over features); per class,
/// the k+1 nearest class rows of each row including itself; bases are drawn uniformly with replacement and the new row
/// takes, per column, the most frequent code among those k+1 rows (a tie goes to the smallest code, as scipy's mode).
/// </summary>
public sealed class SmoteN : OverSampler
{
    /// <inheritdoc/>
    public override string Name => "smoten";

    /// <summary>Neighbours per row (k_neighbors, default 5); the search returns k+1 rows including the row itself.</summary>
    public int KNeighbors { get; init; } = 5;

    /// <summary>The Value Difference Metric tables: for column c, a (codes x codes) row-major matrix of per-feature distances.</summary>
    public static double[][] ValueDifferenceTables(TabularDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var classes = new List<int>(data.ClassCounts().Keys);
        int dc = data.CategoricalColumns, nClasses = classes.Count;
        var tables = new double[dc][];
        for (int c = 0; c < dc; c++)
        {
            int codes = 0;
            for (int r = 0; r < data.Rows; r++)
            {
                codes = Math.Max(codes, data.Categorical[r * dc + c] + 1);
            }

            var counts = new double[codes * nClasses];
            for (int r = 0; r < data.Rows; r++)
            {
                counts[data.Categorical[r * dc + c] * nClasses + classes.BinarySearch(data.Labels[r])]++;
            }

            for (int a = 0; a < codes; a++)
            {
                double total = 0;
                for (int k = 0; k < nClasses; k++)
                {
                    total += counts[a * nClasses + k];
                }

                for (int k = 0; k < nClasses; k++)
                {
                    counts[a * nClasses + k] = total == 0 ? 0 : counts[a * nClasses + k] / total;
                }
            }

            var table = new double[codes * codes];
            for (int a = 0; a < codes; a++)
            {
                for (int b = 0; b < codes; b++)
                {
                    double l1 = 0;
                    for (int k = 0; k < nClasses; k++)
                    {
                        l1 += Math.Abs(counts[a * nClasses + k] - counts[b * nClasses + k]);
                    }

                    table[a * codes + b] = l1 * l1;
                }
            }

            tables[c] = table;
        }

        return tables;
    }

    /// <summary>The k+1 nearest class rows of each class row under the VDM, self included: class rows x (k+1), class-local indices.</summary>
    public int[] Neighbors(TabularDataset data, int label)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckColumns(data);
        return Neighbors(data, ClassRows(data, label, KNeighbors, "k_neighbors"), ValueDifferenceTables(data));
    }

    private int[] Neighbors(TabularDataset data, int[] rows, double[][] tables)
    {
        int dc = data.CategoricalColumns, k1 = KNeighbors + 1;
        var codes = new int[dc];
        for (int c = 0; c < dc; c++)
        {
            codes[c] = (int)Math.Sqrt(tables[c].Length);
        }

        var result = new int[rows.Length * k1];
        var heap = new NeighborHeap<double>(k1);
        for (int i = 0; i < rows.Length; i++)
        {
            heap.Clear();
            var a = data.CategoricalRow(rows[i]);
            for (int j = 0; j < rows.Length; j++)
            {
                var b = data.CategoricalRow(rows[j]);
                double dist = 0;
                for (int c = 0; c < dc; c++)
                {
                    dist += tables[c][a[c] * codes[c] + b[c]];
                }

                heap.TryInsert(dist, j);
            }

            heap.CopyIndices(result.AsSpan(i * k1, k1));
        }

        return result;
    }

    private protected override void CheckColumns(TabularDataset data)
    {
        if (data.NumericColumns > 0)
        {
            throw new ArgumentException($"{Name}: SMOTEN works on categorical columns only, and the table has {data.NumericColumns} numeric column(s); use smotenc for mixed tables.");
        }
    }

    private protected override void ResampleCore(TabularDataset data, SortedDictionary<int, int> plan, Rng rng, SyntheticRows output)
    {
        RequirePositive("k_neighbors", KNeighbors);
        var tables = ValueDifferenceTables(data);
        int dc = data.CategoricalColumns, k1 = KNeighbors + 1;
        var votes = new Dictionary<int, int>();
        foreach (var (label, n) in plan)
        {
            if (n == 0)
            {
                continue;
            }

            var rows = data.RowsOfClass(label);
            RequireRows(data, label, rows.Length, k1, "k_neighbors", KNeighbors);
            var neighbors = Neighbors(data, rows, tables);
            for (int s = 0; s < n; s++)
            {
                int bi = rng.Next(rows.Length);
                int row = output.Add(label, rows[bi], -1);
                var cats = output.CategoricalOf(row);
                for (int c = 0; c < dc; c++)
                {
                    votes.Clear();
                    int best = -1, bestVotes = 0;
                    for (int j = 0; j < k1; j++)
                    {
                        int code = data.Categorical[rows[neighbors[bi * k1 + j]] * dc + c];
                        int v = votes[code] = votes.GetValueOrDefault(code) + 1;
                        if (v > bestVotes || (v == bestVotes && code < best))
                        {
                            best = code;
                            bestVotes = v;
                        }
                    }

                    cats[c] = best;
                }
            }
        }
    }
}
