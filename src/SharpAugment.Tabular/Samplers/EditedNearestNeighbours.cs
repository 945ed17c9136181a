using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// Edited nearest neighbours (Wilson 1972; imbalanced-learn's EditedNearestNeighbours): a row of a class to clean is
/// removed when its n_neighbors nearest rows (whole table, self excluded) disagree with its class.
/// </summary>
public sealed class EditedNearestNeighbours : UnderSampler
{
    /// <inheritdoc/>
    public override string Name => "edited_nearest_neighbours";

    /// <inheritdoc/>
    public override bool IsCleaning => true;

    /// <summary>Neighbours per row (imbalanced-learn's n_neighbors, default 3).</summary>
    public int NNeighbors { get; init; } = 3;

    /// <summary>The agreement rule (imbalanced-learn's kind_sel, default 'all').</summary>
    public EnnSelection KindSel { get; init; } = EnnSelection.All;

    private protected override int[] Select(TabularDataset data, SortedDictionary<int, int> plan, Rng rng) =>
        Editing.EnnPass(data, plan.Keys, NNeighbors, KindSel, Algorithm, Name);
}
