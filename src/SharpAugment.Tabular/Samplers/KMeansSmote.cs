using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// KMeansSMOTE (Douzas et al. 2018) as imbalanced-learn: cluster the whole table, keep the clusters where the class's
/// share reaches the balance threshold ('auto': n_class_new / n_all_new / 2) and that hold at least k+1 class rows,
/// weight them by sparsity = mean_distance^exponent / class_rows ('auto' exponent: log_1.6(class_rows)^1.8 x 0.16,
/// as imbalanced-learn computes it), and run SMOTE inside each with ceil(n x weight) rows. The clustering is our own
/// k-means (<see cref="KMeans"/>), so assignments differ from sklearn's MiniBatchKMeans; the per-cluster logic is imbalanced-learn's.
/// </summary>
public sealed class KMeansSmote : OverSampler
{
    /// <inheritdoc/>
    public override string Name => "kmeans_smote";

    /// <summary>Neighbours per row inside a cluster (k_neighbors, default 2).</summary>
    public int KNeighbors { get; init; } = 2;

    /// <summary>Number of k-means clusters (default 8, as MiniBatchKMeans).</summary>
    public int Clusters { get; init; } = 8;

    /// <summary>The minimum class share of a usable cluster, or null for 'auto'.</summary>
    public double? ClusterBalanceThreshold { get; init; }

    /// <summary>The sparsity exponent, or null for 'auto'.</summary>
    public double? DensityExponent { get; init; }

    /// <summary>The neighbour search.</summary>
    public NeighborAlgorithm Algorithm { get; init; } = NeighborAlgorithm.Auto;

    /// <summary>
    /// New rows per cluster for one class given a clustering (0 for a cluster that is not used), exactly imbalanced-learn's
    /// per-cluster logic. <paramref name="requested"/> is the class's new rows, <paramref name="totalRequested"/> the sum over all resampled classes.
    /// </summary>
    public int[] PlanClusters(TabularDataset data, int label, int requested, int totalRequested, ReadOnlySpan<int> clusterOfRow, int clusterCount)
    {
        ArgumentNullException.ThrowIfNull(data);
        double threshold = clusterCount == 1 ? double.NegativeInfinity
            : ClusterBalanceThreshold ?? (double)requested / totalRequested / 2;
        var plan = new int[clusterCount];
        var valid = new List<int>();
        var sparsity = new List<double>();
        for (int c = 0; c < clusterCount; c++)
        {
            var members = ClassRowsInCluster(data, label, clusterOfRow, c, out int size);
            if (size == 0)
            {
                continue;
            }

            double share = (double)members.Length / size;
            if (share < threshold || share * size < KNeighbors + 1)
            {
                continue;
            }

            valid.Add(c);
            sparsity.Add(Sparsity(data, members));
        }

        if (valid.Count == 0)
        {
            throw new InvalidOperationException($"{Name}: no clusters found with sufficient samples of class {data.ClassName(label)}. Try lowering the cluster_balance_threshold or increasing the number of clusters.");
        }

        double total = NumpySum.Pairwise(sparsity.ToArray());
        for (int i = 0; i < valid.Count; i++)
        {
            plan[valid[i]] = (int)Math.Ceiling(requested * (sparsity[i] / total));
        }

        return plan;
    }

    private static int[] ClassRowsInCluster(TabularDataset data, int label, ReadOnlySpan<int> clusterOfRow, int cluster, out int size)
    {
        size = 0;
        var members = new List<int>();
        for (int r = 0; r < data.Rows; r++)
        {
            if (clusterOfRow[r] == cluster)
            {
                size++;
                if (data.Labels[r] == label)
                {
                    members.Add(r);
                }
            }
        }

        return [.. members];
    }

    private double Sparsity(TabularDataset data, int[] members)
    {
        int m = members.Length;
        double sum = 0;
        for (int i = 0; i < m; i++)
        {
            var a = data.NumericRow(members[i]);
            for (int j = 0; j < m; j++)
            {
                if (i != j)
                {
                    sum += Math.Sqrt(NearestNeighbors.SquaredDistance(a, data.NumericRow(members[j])));
                }
            }
        }

        double meanDistance = sum / ((double)m * m - m);
        double exponent = DensityExponent ?? Math.Pow(Math.Log(m) / Math.Log(1.6), 1.8) * 0.16;
        return Math.Pow(meanDistance, exponent) / m;
    }

    private protected override void CheckColumns(TabularDataset data)
    {
        RequireNumericOnly(data);
        RequirePositive("k_neighbors", KNeighbors);
        RequirePositive("n_clusters", Clusters);
    }

    private protected override void ResampleCore(TabularDataset data, SortedDictionary<int, int> plan, Rng rng, SyntheticRows output)
    {
        int totalRequested = 0;
        foreach (int n in plan.Values)
        {
            totalRequested += n;
        }

        var clusters = new KMeans { Clusters = Clusters }.FitPredict(data.Numeric, data.NumericColumns, rng);
        int k = KNeighbors;
        foreach (var (label, n) in plan)
        {
            if (n == 0)
            {
                continue;
            }

            var perCluster = PlanClusters(data, label, n, totalRequested, clusters, Clusters);
            for (int c = 0; c < Clusters; c++)
            {
                if (perCluster[c] == 0)
                {
                    continue;
                }

                var members = ClassRowsInCluster(data, label, clusters, c, out _);
                var nn = new NearestNeighbors(data.GatherNumeric(members), data.NumericColumns, Algorithm);
                var neighbors = Interpolation.DropSelfColumn(nn.QueryAll(k + 1), k + 1, members);
                Interpolation.MakeSamples(output, data, label, members, neighbors, k, perCluster[c], rng);
            }
        }
    }
}
