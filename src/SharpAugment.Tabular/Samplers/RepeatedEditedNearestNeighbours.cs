using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// Repeated edited nearest neighbours (Tomek 1976; imbalanced-learn's RepeatedEditedNearestNeighbours): edited
/// nearest neighbours run again on its own output until nothing changes, a class other than the minority falls
/// below the minority's original size, a class disappears, or max_iter passes have run.
/// </summary>
public sealed class RepeatedEditedNearestNeighbours : UnderSampler
{
    /// <inheritdoc/>
    public override string Name => "repeated_edited_nearest_neighbours";

    /// <inheritdoc/>
    public override bool IsCleaning => true;

    /// <summary>Neighbours per row (imbalanced-learn's n_neighbors, default 3).</summary>
    public int NNeighbors { get; init; } = 3;

    /// <summary>The agreement rule (imbalanced-learn's kind_sel, default 'all').</summary>
    public EnnSelection KindSel { get; init; } = EnnSelection.All;

    /// <summary>Upper bound on passes (imbalanced-learn's max_iter, default 100).</summary>
    public int MaxIter { get; init; } = 100;

    /// <summary>The kept input rows (in imbalanced-learn's order) and the passes run (imbalanced-learn's n_iter_).</summary>
    public (int[] Rows, int Passes) Edit(TabularDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckColumns(data);
        Plan(data);
        RequirePositive("max_iter", MaxIter);
        return Editing.RepeatedEnn(data, SamplingStrategy, MaxIter, _ => NNeighbors, KindSel, stopWhenUnchanged: true, allowMinority: false, Algorithm, Name);
    }

    private protected override int[] Select(TabularDataset data, SortedDictionary<int, int> plan, Rng rng) => Edit(data).Rows;
}
