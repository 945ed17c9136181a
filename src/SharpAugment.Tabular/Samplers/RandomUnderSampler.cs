using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// Random under-sampling (imbalanced-learn's RandomUnderSampler): each class the strategy names keeps a uniform
/// random choice of its target count of rows, with or without replacement; other classes are kept whole.
/// </summary>
public sealed class RandomUnderSampler : UnderSampler
{
    /// <inheritdoc/>
    public override string Name => "random_under";

    /// <inheritdoc/>
    public override bool IsCleaning => false;

    /// <summary>Draw with replacement (a row can be kept twice), as imbalanced-learn's replacement=True.</summary>
    public bool Replacement { get; init; }

    private protected override void CheckColumns(TabularDataset data)
    {
        // No distances: categorical columns are simply carried along.
    }

    private protected override int[] Select(TabularDataset data, SortedDictionary<int, int> plan, Rng rng)
    {
        var kept = new List<int>(data.Rows);
        foreach (int label in data.ClassCounts().Keys)
        {
            var rows = data.RowsOfClass(label);
            if (!plan.TryGetValue(label, out int n))
            {
                kept.AddRange(rows);
            }
            else if (Replacement)
            {
                for (int i = 0; i < n; i++)
                {
                    kept.Add(rows[rng.Next(rows.Length)]);
                }
            }
            else
            {
                var order = rng.Permutation(rows.Length);
                for (int i = 0; i < n; i++)
                {
                    kept.Add(rows[order[i]]);
                }
            }
        }

        return [.. kept];
    }
}
