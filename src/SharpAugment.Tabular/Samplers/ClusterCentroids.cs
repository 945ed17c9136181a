using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// Cluster centroids (imbalanced-learn's ClusterCentroids): each class to shrink is replaced by the centroids of a
/// k-means with as many clusters as its target count (soft voting), or by the class row nearest to each centroid
/// (hard voting). The k-means is this package's (k-means++ and Lloyd, drawn from <see cref="Rng"/>), not sklearn's,
/// so centroids differ; given the centroids, hard voting's choice is deterministic and tested against imbalanced-learn's.
/// </summary>
public sealed class ClusterCentroids : UnderSampler
{
    /// <inheritdoc/>
    public override string Name => "cluster_centroids";

    /// <inheritdoc/>
    public override bool IsCleaning => false;

    /// <summary>Centroids (soft, the default for dense data in imbalanced-learn) or the nearest real rows (hard).</summary>
    public CentroidVoting Voting { get; init; } = CentroidVoting.Soft;

    /// <summary>Upper bound on Lloyd iterations of the k-means.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>
    /// For each centroid (row-major, the table's numeric columns), the input row of class <paramref name="label"/>
    /// nearest to it (imbalanced-learn's hard voting). Distances are summed in double, as sklearn's tree does with
    /// its float64 centroids: a centroid is often the exact midpoint of two rows, and only double rounding separates them.
    /// </summary>
    public int[] NearestRows(TabularDataset data, int label, ReadOnlySpan<double> centroids)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = data.RowsOfClass(label);
        if (rows.Length == 0)
        {
            throw new ArgumentException($"{Name}: class {data.ClassName(label)} has no rows.");
        }

        int dn = data.NumericColumns;
        var result = new int[centroids.Length / dn];
        for (int c = 0; c < result.Length; c++)
        {
            var center = centroids.Slice(c * dn, dn);
            double best = double.PositiveInfinity;
            foreach (int row in rows)
            {
                var x = data.NumericRow(row);
                double sum = 0;
                for (int f = 0; f < dn; f++)
                {
                    double d = x[f] - center[f];
                    sum += d * d;
                }

                if (sum < best)
                {
                    best = sum;
                    result[c] = row;
                }
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public override ResampleResult Resample(TabularDataset data, Rng rng)
    {
        if (Voting == CentroidVoting.Hard)
        {
            return base.Resample(data, rng);
        }

        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rng);
        CheckColumns(data);
        var plan = Plan(data);
        int[] kept = [.. Enumerable.Range(0, data.Rows).Where(i => !plan.ContainsKey(data.Labels[i]))];
        var output = new SyntheticRows(data.SelectRows(kept));
        int dn = data.NumericColumns;
        foreach (var (label, n) in plan)
        {
            var centroids = FloatCentroids(data, label, n, rng);
            for (int c = 0; c < n; c++)
            {
                int i = output.Add(label, -1, -1);
                centroids.AsSpan(c * dn, dn).CopyTo(output.NumericOf(i));
            }
        }

        return output.Build().WithSelection(kept, Complement(kept, data.Rows));
    }

    private protected override int[] Select(TabularDataset data, SortedDictionary<int, int> plan, Rng rng)
    {
        var kept = new List<int>(data.Rows);
        foreach (int label in data.ClassCounts().Keys)
        {
            kept.AddRange(plan.TryGetValue(label, out int n) ? NearestRows(data, label, Centroids(data, label, n, rng)) : data.RowsOfClass(label));
        }

        return [.. kept];
    }

    private double[] Centroids(TabularDataset data, int label, int n, Rng rng) => Array.ConvertAll(FloatCentroids(data, label, n, rng), v => (double)v);

    private float[] FloatCentroids(TabularDataset data, int label, int n, Rng rng)
    {
        RequirePositive("n_clusters", n);
        return new KMeans { Clusters = n, MaxIterations = MaxIterations }.FitCenters(data.GatherNumeric(data.RowsOfClass(label)), data.NumericColumns, rng);
    }
}
