using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// The neighbourhood cleaning rule (Laurikkala 2001) as imbalanced-learn 0.12+ implements it: remove (A1) the rows
/// of the classes to clean that edited nearest neighbours (kind_sel 'mode') removes, and (A2) the n_neighbors nearest
/// rows of every minority row that a k-NN classifier (the row counting as its own neighbour, as
/// KNeighborsClassifier.predict on training rows does) misclassifies, when they belong to a class to clean that has
/// more than threshold_cleaning x the minority's rows. imbalanced-learn 0.10 and 0.11 had an older rule.
/// </summary>
public sealed class NeighbourhoodCleaningRule : UnderSampler
{
    /// <inheritdoc/>
    public override string Name => "neighbourhood_cleaning_rule";

    /// <inheritdoc/>
    public override bool IsCleaning => true;

    /// <summary>Neighbours (imbalanced-learn's n_neighbors, default 3).</summary>
    public int NNeighbors { get; init; } = 3;

    /// <summary>A class is cleaned in A2 when it has more than this times the minority's rows (imbalanced-learn's threshold_cleaning, default 0.5).</summary>
    public double ThresholdCleaning { get; init; } = 0.5;

    private protected override int[] Select(TabularDataset data, SortedDictionary<int, int> plan, Rng rng)
    {
        if (!(ThresholdCleaning > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(ThresholdCleaning), ThresholdCleaning, $"{Name}: threshold_cleaning must be > 0, got {ThresholdCleaning}.");
        }

        var removed = new bool[data.Rows];
        Array.Fill(removed, true);
        foreach (int i in Editing.EnnPass(data, plan.Keys, NNeighbors, EnnSelection.Mode, Algorithm, Name))
        {
            removed[i] = false;
        }

        var counts = SamplingStrategy.Stats(data.ClassCounts(), out _, out int minority);
        var toClean = plan.Keys.Where(c => counts[c] > counts[minority] * ThresholdCleaning).ToHashSet();
        var minorityRows = data.RowsOfClass(minority);
        int k = NNeighbors;
        var nn = new NearestNeighbors(data.Numeric, data.NumericColumns, Algorithm);
        var found = nn.Query(data.GatherNumeric(minorityRows), k + 1);
        var labels = new int[k];
        for (int i = 0; i < minorityRows.Length; i++)
        {
            for (int j = 0; j < k; j++)
            {
                labels[j] = data.Labels[found[i * (k + 1) + j]];
            }

            if (Editing.Mode(labels) == minority)
            {
                continue;
            }

            for (int j = 1; j <= k; j++)
            {
                int row = found[i * (k + 1) + j];
                if (toClean.Contains(data.Labels[row]))
                {
                    removed[row] = true;
                }
            }
        }

        return [.. Enumerable.Range(0, data.Rows).Where(i => !removed[i])];
    }
}
