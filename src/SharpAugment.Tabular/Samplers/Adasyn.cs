using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// ADASYN (He et al. 2008) as imbalanced-learn: each class row gets rint(r_i / sum(r) x G) new rows, r_i being the
/// share of its n nearest neighbours in the whole table (self dropped) that belong to another class; the new rows
/// interpolate towards a uniformly chosen one of its n same-class neighbours. The total can differ from G by rounding.
/// </summary>
public sealed class Adasyn : OverSampler
{
    /// <inheritdoc/>
    public override string Name => "adasyn";

    /// <summary>Neighbours per row (n_neighbors, default 5).</summary>
    public int NNeighbors { get; init; } = 5;

    /// <summary>The neighbour search.</summary>
    public NeighborAlgorithm Algorithm { get; init; } = NeighborAlgorithm.Auto;

    /// <summary>How many new rows each class row gets when the class must grow by <paramref name="requested"/> (positions in <see cref="TabularDataset.RowsOfClass"/>).</summary>
    public int[] RowCounts(TabularDataset data, int label, int requested)
    {
        ArgumentNullException.ThrowIfNull(data);
        RequirePositive("n_neighbors", NNeighbors);
        if (data.Rows < NNeighbors + 1)
        {
            throw new ArgumentException($"{Name}: the table has {data.Rows} row(s), fewer than n_neighbors + 1 = {NNeighbors + 1}.");
        }

        var rows = data.RowsOfClass(label);
        var nn = new NearestNeighbors(data.Numeric, data.NumericColumns, Algorithm);
        var found = nn.Query(data.GatherNumeric(rows), NNeighbors + 1);
        var ratio = new double[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            int other = 0;
            for (int j = 1; j <= NNeighbors; j++)
            {
                if (data.Labels[found[i * (NNeighbors + 1) + j]] != label)
                {
                    other++;
                }
            }

            ratio[i] = other / (double)NNeighbors;
        }

        double sum = NumpySum.Pairwise(ratio);
        if (sum == 0)
        {
            throw new InvalidOperationException($"{Name}: no neighbour of class {data.ClassName(label)} belongs to another class, so the ADASYN weights divide by zero; ADASYN is not suited for this table, use SMOTE instead.");
        }

        var counts = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            counts[i] = (int)Math.Round(ratio[i] / sum * requested, MidpointRounding.ToEven);
        }

        return counts;
    }

    private protected override void CheckColumns(TabularDataset data) => RequireNumericOnly(data);

    private protected override void ResampleCore(TabularDataset data, SortedDictionary<int, int> plan, Rng rng, SyntheticRows output)
    {
        int k = NNeighbors;
        foreach (var (label, n) in plan)
        {
            if (n == 0)
            {
                continue;
            }

            var rows = data.RowsOfClass(label);
            RequireRows(data, label, rows.Length, k + 1, "n_neighbors", k);
            var counts = RowCounts(data, label, n);
            int total = 0;
            foreach (int c in counts)
            {
                total += c;
            }

            if (total == 0)
            {
                throw new InvalidOperationException($"{Name}: no samples will be generated for class {data.ClassName(label)} with the provided ratio settings.");
            }

            var nn = new NearestNeighbors(data.GatherNumeric(rows), data.NumericColumns, Algorithm);
            var neighbors = Interpolation.DropSelfColumn(nn.QueryAll(k + 1), k + 1, rows);
            int d = data.NumericColumns;
            for (int i = 0; i < rows.Length; i++)
            {
                var xb = data.NumericRow(rows[i]);
                for (int c = 0; c < counts[i]; c++)
                {
                    int nb = neighbors[i * k + rng.Next(k)];
                    double step = rng.NextDouble();
                    var xn = data.NumericRow(nb);
                    var x = output.NumericOf(output.Add(label, rows[i], nb));
                    for (int f = 0; f < d; f++)
                    {
                        x[f] = (float)(xb[f] + step * ((double)xn[f] - xb[f]));
                    }
                }
            }
        }
    }
}
