using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// Tomek links (imbalanced-learn's TomekLinks): two rows of different classes that are each other's nearest
/// neighbour form a link; the link's member from a class the strategy names (default: every class but the minority) is removed.
/// </summary>
public sealed class TomekLinks : UnderSampler
{
    /// <inheritdoc/>
    public override string Name => "tomek_links";

    /// <inheritdoc/>
    public override bool IsCleaning => true;

    /// <summary>Which rows are in a Tomek link and of a class to clean (deterministic).</summary>
    public bool[] Links(TabularDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckColumns(data);
        return Editing.TomekMask(data, Plan(data).Keys, Algorithm, Name);
    }

    private protected override int[] Select(TabularDataset data, SortedDictionary<int, int> plan, Rng rng)
    {
        var links = Editing.TomekMask(data, plan.Keys, Algorithm, Name);
        return [.. Enumerable.Range(0, data.Rows).Where(i => !links[i])];
    }
}
