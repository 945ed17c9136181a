using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// One-sided selection (Kubat and Matwin 1997; imbalanced-learn's OneSidedSelection). For each class to shrink, a
/// k-NN classifier on the minority rows plus n_seeds_S random rows of the class keeps the seeds and the class rows it
/// misclassifies; Tomek links are then removed from the result (run on the rows in imbalanced-learn's order, which
/// its tie rule depends on). Given the seed rows it is deterministic.
/// </summary>
public sealed class OneSidedSelection : SeededCleaner
{
    /// <inheritdoc/>
    public override string Name => "one_sided_selection";

    private protected override int[] SelectSeeded(TabularDataset data, SortedDictionary<int, int> plan, IReadOnlyDictionary<int, int[]> seeds)
    {
        SamplingStrategy.Stats(data.ClassCounts(), out _, out int minority);
        var minorityRows = data.RowsOfClass(minority);
        var selected = new List<int>(data.Rows);
        foreach (int label in data.ClassCounts().Keys)
        {
            var rows = data.RowsOfClass(label);
            if (!plan.ContainsKey(label))
            {
                selected.AddRange(rows);
                continue;
            }

            var classSeeds = SeedsOf(seeds, label, rows.Length);
            int[] c = [.. minorityRows, .. classSeeds.Select(s => rows[s])];
            SamplerChecks.EnoughRows(Name, "the seed set", c.Length, NNeighbors, "n_neighbors", NNeighbors);
            var cLabels = c.Select(i => data.Labels[i]).ToArray();
            var index = new NearestNeighbors(data.GatherNumeric(c), data.NumericColumns, Algorithm);
            var isSeed = new bool[rows.Length];
            foreach (int s in classSeeds)
            {
                isSeed[s] = true;
            }

            var rest = Enumerable.Range(0, rows.Length).Where(i => !isSeed[i]).Select(i => rows[i]).ToArray();
            var predicted = Editing.Predict(index, cLabels, data.GatherNumeric(rest), NNeighbors);
            selected.AddRange(classSeeds.Select(s => rows[s]));
            for (int i = 0; i < rest.Length; i++)
            {
                if (predicted[i] != label)
                {
                    selected.Add(rest[i]);
                }
            }
        }

        int[] order = [.. selected];
        var links = Editing.TomekMask(data.SelectRows(order), plan.Keys, Algorithm, Name);
        return [.. order.Where((_, i) => !links[i])];
    }
}
