using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// SMOTE (Chawla et al. 2002) as imbalanced-learn implements it: per class, the k+1 nearest neighbours of every class
/// row among the class rows, column 0 dropped; new rows interpolate between a uniformly chosen (row, neighbour) pair.
/// </summary>
public sealed class Smote : OverSampler
{
    /// <inheritdoc/>
    public override string Name => "smote";

    /// <summary>Neighbours per row (imbalanced-learn's k_neighbors, default 5).</summary>
    public int KNeighbors { get; init; } = 5;

    /// <summary>The neighbour search.</summary>
    public NeighborAlgorithm Algorithm { get; init; } = NeighborAlgorithm.Auto;

    /// <summary>The neighbours SMOTE uses for one class: class rows x k, as class-local indices (positions in <see cref="TabularDataset.RowsOfClass"/>), exactly imbalanced-learn's nns.</summary>
    public int[] Neighbors(TabularDataset data, int label)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = ClassRows(data, label, KNeighbors, "k_neighbors");
        var nn = new NearestNeighbors(data.GatherNumeric(rows), data.NumericColumns, Algorithm);
        return Interpolation.DropSelfColumn(nn.QueryAll(KNeighbors + 1), KNeighbors + 1, default);
    }

    private protected override void CheckColumns(TabularDataset data) => RequireNumericOnly(data);

    private protected override void ResampleCore(TabularDataset data, SortedDictionary<int, int> plan, Rng rng, SyntheticRows output)
    {
        foreach (var (label, n) in plan)
        {
            if (n == 0)
            {
                continue;
            }

            var rows = data.RowsOfClass(label);
            var local = Neighbors(data, label);
            var global = new int[local.Length];
            for (int i = 0; i < local.Length; i++)
            {
                global[i] = rows[local[i]];
            }

            Interpolation.MakeSamples(output, data, label, rows, global, KNeighbors, n, rng);
        }
    }
}
