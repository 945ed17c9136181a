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
        var other = OtherClassNeighbors(data, data.RowsOfClass(label), label, NNeighbors, "n_neighbors", Algorithm);
        var ratio = new double[other.Length];
        for (int i = 0; i < other.Length; i++)
        {
            ratio[i] = other[i] / (double)NNeighbors;
        }

        double sum = NumpySum.Pairwise(ratio);
        if (sum == 0)
        {
            throw new InvalidOperationException($"{Name}: no neighbour of class {data.ClassName(label)} belongs to another class, so the ADASYN weights divide by zero; ADASYN is not suited for this table, use SMOTE instead.");
        }

        var counts = new int[other.Length];
        for (int i = 0; i < other.Length; i++)
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
            for (int i = 0; i < rows.Length; i++)
            {
                for (int c = 0; c < counts[i]; c++)
                {
                    int nb = neighbors[i * k + rng.Next(k)];
                    Interpolation.AddInterpolated(output, data, label, rows[i], nb, rng.NextDouble());
                }
            }
        }
    }
}
