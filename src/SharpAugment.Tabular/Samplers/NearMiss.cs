using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// NearMiss (Mani and Zhang 2003; imbalanced-learn's NearMiss). Each class to shrink keeps its target count of rows
/// ranked by the summed Euclidean distance to minority rows: version 1, smallest sum to the n_neighbors nearest
/// minority rows; version 2, smallest sum to the n_neighbors farthest of all minority rows; version 3, among the
/// class rows that are one of the n_neighbors_ver3 nearest of some minority row, largest sum to the n_neighbors
/// nearest minority rows (which can keep fewer rows than asked, as in imbalanced-learn). Ties keep class order.
/// </summary>
public sealed class NearMiss : UnderSampler
{
    /// <inheritdoc/>
    public override string Name => "near_miss";

    /// <inheritdoc/>
    public override bool IsCleaning => false;

    /// <summary>1, 2 or 3 (imbalanced-learn's version, default 1).</summary>
    public int Version { get; init; } = 1;

    /// <summary>Minority neighbours summed (imbalanced-learn's n_neighbors, default 3).</summary>
    public int NNeighbors { get; init; } = 3;

    /// <summary>Version 3's pre-selection neighbourhood (imbalanced-learn's n_neighbors_ver3, default 3).</summary>
    public int NNeighborsVer3 { get; init; } = 3;

    private protected override int[] Select(TabularDataset data, SortedDictionary<int, int> plan, Rng rng)
    {
        if (Version is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(Version), Version, $"{Name}: version must be 1, 2 or 3, got {Version}.");
        }

        RequirePositive("n_neighbors", NNeighbors);
        RequirePositive("n_neighbors_ver3", NNeighborsVer3);
        var counts = SamplingStrategy.Stats(data.ClassCounts(), out _, out int minority);
        var minorityRows = data.RowsOfClass(minority);
        SamplerChecks.EnoughRows(Name, $"the minority class {data.ClassName(minority)}", minorityRows.Length, NNeighbors, "n_neighbors", NNeighbors);
        var minorityNn = new NearestNeighbors(data.GatherNumeric(minorityRows), data.NumericColumns, Algorithm);
        var kept = new List<int>(data.Rows);
        foreach (int label in counts.Keys)
        {
            var rows = data.RowsOfClass(label);
            if (!plan.TryGetValue(label, out int n))
            {
                kept.AddRange(rows);
                continue;
            }

            var candidates = rows;
            if (Version == 3)
            {
                SamplerChecks.EnoughRows(Name, $"class {data.ClassName(label)}", rows.Length, NNeighborsVer3, "n_neighbors_ver3", NNeighborsVer3);
                var classNn = new NearestNeighbors(data.GatherNumeric(rows), data.NumericColumns, Algorithm);
                var near = classNn.Query(data.GatherNumeric(minorityRows), NNeighborsVer3);
                candidates = Editing.Compose(rows, [.. near.Distinct().Order()]);
            }

            int k = Version == 2 ? minorityRows.Length : NNeighbors;
            var sums = DistanceSums(minorityNn, data.GatherNumeric(candidates), k, NNeighbors);
            var order = Enumerable.Range(0, candidates.Length).ToArray();
            int sign = Version == 3 ? -1 : 1;
            Array.Sort(order, (a, b) => sign * sums[a].CompareTo(sums[b]) is var c and not 0 ? c : a.CompareTo(b));
            for (int i = 0; i < Math.Min(n, order.Length); i++)
            {
                kept.Add(candidates[order[i]]);
            }
        }

        return [.. kept];
    }

    /// <summary>
    /// For each query row, the sum of the Euclidean distances to the last <paramref name="summed"/> of its
    /// <paramref name="k"/> nearest indexed rows (imbalanced-learn's dist_vec[:, -n_neighbors:].sum(axis=1)).
    /// </summary>
    public static double[] DistanceSums(NearestNeighbors index, float[] queries, int k, int summed)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(queries);
        int rows = queries.Length / index.Columns;
        var distances = new float[rows * k];
        index.Query(queries, k, distances);
        var sums = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            double sum = 0;
            for (int j = Math.Max(0, k - summed); j < k; j++)
            {
                sum += Math.Sqrt(distances[i * k + j]);
            }

            sums[i] = sum;
        }

        return sums;
    }
}
