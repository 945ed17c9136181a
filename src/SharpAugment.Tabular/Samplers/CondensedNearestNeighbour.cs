using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// Condensed nearest neighbour (Hart 1968; imbalanced-learn's CondensedNearestNeighbour). For each class to shrink:
/// C starts as the minority rows plus n_seeds_S random rows of the class; the class rows are visited in order and
/// each one a k-NN classifier on C misclassifies joins C, after which the whole class is reclassified to skip rows
/// already right. The class keeps the rows that joined C. Given the seed rows it is deterministic, and it reproduces
/// imbalanced-learn's loop exactly, including its skip test, which compares class positions with a mix of input
/// rows and class positions.
/// </summary>
public sealed class CondensedNearestNeighbour : SeededCleaner
{
    /// <inheritdoc/>
    public override string Name => "condensed_nearest_neighbour";

    private protected override int[] SelectSeeded(TabularDataset data, SortedDictionary<int, int> plan, IReadOnlyDictionary<int, int[]> seeds)
    {
        SamplingStrategy.Stats(data.ClassCounts(), out _, out int minority);
        var minorityRows = data.RowsOfClass(minority);
        var kept = new List<int>(data.Rows);
        foreach (int label in data.ClassCounts().Keys)
        {
            var rows = data.RowsOfClass(label);
            if (!plan.ContainsKey(label))
            {
                kept.AddRange(rows);
                continue;
            }

            var classSeeds = SeedsOf(seeds, label, rows.Length);
            var chosen = new List<int>(classSeeds.Select(s => rows[s]));
            var c = new List<int>(minorityRows);
            c.AddRange(chosen);
            SamplerChecks.EnoughRows(Name, "the condensed set", c.Count, NNeighbors, "n_neighbors", NNeighbors);
            var classX = data.GatherNumeric(rows);
            var classifier = Fit(data, c);
            var skip = new HashSet<int>(chosen);
            for (int i = 0; i < rows.Length; i++)
            {
                if (skip.Contains(i))
                {
                    continue;
                }

                if (Editing.Predict(classifier.Index, classifier.Labels, data.NumericRow(rows[i]), NNeighbors)[0] != label)
                {
                    chosen.Add(rows[i]);
                    c.Add(rows[i]);
                    classifier = Fit(data, c);
                    var predicted = Editing.Predict(classifier.Index, classifier.Labels, classX, NNeighbors);
                    skip = [.. chosen];
                    for (int j = 0; j < rows.Length; j++)
                    {
                        if (predicted[j] == label)
                        {
                            skip.Add(j);
                        }
                    }
                }
            }

            kept.AddRange(chosen);
        }

        return [.. kept];
    }

    private static (NearestNeighbors Index, int[] Labels) Fit(TabularDataset data, List<int> rows)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rows);
        var labels = new int[rows.Count];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = data.Labels[rows[i]];
        }

        return (new NearestNeighbors(data.GatherNumeric(span), data.NumericColumns, NeighborAlgorithm.BruteForce), labels);
    }
}
