using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// All k-NN (Tomek 1976; imbalanced-learn's AllKNN): edited nearest neighbours with 1, 2, ..., n_neighbors
/// neighbours in turn, each on the previous output, stopping early when a class other than the minority falls below
/// the minority's original size (unless allow_minority) or a class disappears.
/// </summary>
public sealed class AllKnn : UnderSampler
{
    /// <inheritdoc/>
    public override string Name => "all_knn";

    /// <inheritdoc/>
    public override bool IsCleaning => true;

    /// <summary>The largest neighbourhood (imbalanced-learn's n_neighbors, default 3).</summary>
    public int NNeighbors { get; init; } = 3;

    /// <summary>The agreement rule (imbalanced-learn's kind_sel, default 'all').</summary>
    public EnnSelection KindSel { get; init; } = EnnSelection.All;

    /// <summary>Do not stop when a class becomes smaller than the minority (imbalanced-learn's allow_minority).</summary>
    public bool AllowMinority { get; init; }

    private protected override int[] Select(TabularDataset data, SortedDictionary<int, int> plan, Rng rng)
    {
        RequirePositive("n_neighbors", NNeighbors);
        return Editing.RepeatedEnn(data, SamplingStrategy, NNeighbors, pass => pass + 1, KindSel, stopWhenUnchanged: false, AllowMinority, Algorithm, Name).Rows;
    }
}
