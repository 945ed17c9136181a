using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// The common shape of every under-sampler: resolve <see cref="SamplingStrategy"/> (imbalanced-learn's
/// "under-sampling" targets, or for cleaning methods the classes that may lose rows), choose the rows to keep, and
/// return them in input order. imbalanced-learn groups its output by class; the kept set is the same.
/// </summary>
public abstract class UnderSampler : ITableSampler
{
    private protected UnderSampler()
    {
    }

    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <summary>Which classes shrink (default 'auto' = every class but the minority).</summary>
    public SamplingStrategy SamplingStrategy { get; init; } = SamplingStrategy.Auto;

    /// <summary>The neighbour search (exact either way; ignored by random under-sampling).</summary>
    public Neighbors.NeighborAlgorithm Algorithm { get; init; } = Neighbors.NeighborAlgorithm.Auto;

    /// <summary>Whether this is a cleaning method (imbalanced-learn's "clean-sampling": the strategy names classes, not counts).</summary>
    public abstract bool IsCleaning { get; }

    /// <summary>Rows to keep per class (under-sampling), or the classes that may lose rows (cleaning; values are the minority count).</summary>
    public SortedDictionary<int, int> Plan(TabularDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            return SamplingStrategy.ResolveUnder(data.ClassCounts(), IsCleaning);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{Name}: {e.Message}", e);
        }
    }

    /// <summary>The input rows this sampler keeps, ascending (repeats when it draws with replacement).</summary>
    public int[] KeptRows(TabularDataset data, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rng);
        CheckColumns(data);
        var kept = Select(data, Plan(data), rng);
        Array.Sort(kept);
        return kept;
    }

    /// <summary>Returns the kept rows unchanged, in input order.</summary>
    public virtual ResampleResult Resample(TabularDataset data, Rng rng) => FromKept(data, KeptRows(data, rng));

    /// <summary>The table of the kept rows (ascending) of <paramref name="data"/>, with the removed ones recorded.</summary>
    internal static ResampleResult FromKept(TabularDataset data, int[] kept) =>
        new(data.SelectRows(kept), kept.Length, [], [], kept, Complement(kept, data.Rows));

    /// <summary>The rows in [0, n) not in the ascending list <paramref name="kept"/>.</summary>
    internal static int[] Complement(ReadOnlySpan<int> kept, int n)
    {
        var isKept = new bool[n];
        foreach (int i in kept)
        {
            isKept[i] = true;
        }

        var removed = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (!isKept[i])
            {
                removed.Add(i);
            }
        }

        return [.. removed];
    }

    private protected virtual void CheckColumns(TabularDataset data) => SamplerChecks.NumericOnly(Name, data, "neighbour-based under-samplers need numeric features (one-hot encode categorical columns first)");

    /// <summary>The kept rows, in any order (imbalanced-learn's sample_indices_).</summary>
    private protected abstract int[] Select(TabularDataset data, SortedDictionary<int, int> plan, Rng rng);

    private protected void RequirePositive(string parameter, int value) => SamplerChecks.Positive(Name, parameter, value);
}
