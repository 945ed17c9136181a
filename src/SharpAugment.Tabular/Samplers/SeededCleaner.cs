using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// The cleaning methods that start from n_seeds_S random rows of each class to shrink and a k-NN classifier
/// (condensed nearest neighbour, one-sided selection): random only through those seeds, so the seeds can be given
/// to reproduce imbalanced-learn's result exactly.
/// </summary>
public abstract class SeededCleaner : UnderSampler
{
    private protected SeededCleaner()
    {
    }

    /// <inheritdoc/>
    public override bool IsCleaning => true;

    /// <summary>Neighbours of the classifier (imbalanced-learn's n_neighbors, default 1).</summary>
    public int NNeighbors { get; init; } = 1;

    /// <summary>Random seed rows per class (imbalanced-learn's n_seeds_S, default 1).</summary>
    public int NSeedsS { get; init; } = 1;

    /// <summary>The kept input rows given the seed rows of each class to shrink (positions within the class, as imbalanced-learn draws them), ascending.</summary>
    public int[] KeptRows(TabularDataset data, IReadOnlyDictionary<int, int[]> seeds)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(seeds);
        CheckColumns(data);
        var kept = SelectSeeded(data, Plan(data), seeds);
        Array.Sort(kept);
        return kept;
    }

    private protected override int[] Select(TabularDataset data, SortedDictionary<int, int> plan, Rng rng)
    {
        var counts = data.ClassCounts();
        var seeds = new Dictionary<int, int[]>();
        foreach (int label in plan.Keys)
        {
            // numpy's randint(0, count, size=n_seeds_S): with replacement
            var draw = new int[NSeedsS];
            for (int i = 0; i < draw.Length; i++)
            {
                draw[i] = rng.Next(counts[label]);
            }

            seeds[label] = draw;
        }

        return SelectSeeded(data, plan, seeds);
    }

    /// <summary>The kept rows for the given seeds, in imbalanced-learn's order.</summary>
    private protected abstract int[] SelectSeeded(TabularDataset data, SortedDictionary<int, int> plan, IReadOnlyDictionary<int, int[]> seeds);

    /// <summary>Checks the parameters and returns the seed positions given for a class.</summary>
    private protected int[] SeedsOf(IReadOnlyDictionary<int, int[]> seeds, int label, int classRows)
    {
        RequirePositive("n_neighbors", NNeighbors);
        RequirePositive("n_seeds_S", NSeedsS);
        if (!seeds.TryGetValue(label, out var s) || s.Length == 0)
        {
            throw new ArgumentException($"{Name}: no seed rows given for class {label}.");
        }

        foreach (int i in s)
        {
            if (i < 0 || i >= classRows)
            {
                throw new ArgumentOutOfRangeException(nameof(seeds), i, $"{Name}: seed position {i} is outside class {label}'s {classRows} rows.");
            }
        }

        return s;
    }
}
