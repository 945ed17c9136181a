using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Regression;

/// <summary>
/// Over-sampling for a numeric target (SMOTER, Torgo et al. 2013; SMOGN, Branco et al. 2017): rows are sorted by the
/// target and cut into bumps, maximal runs whose relevance is all at least, or all below, the threshold. With the
/// default 'balance' every bump is brought to rows / bumps: rare bumps grow by new rows made from their own rows and
/// their k nearest neighbours within the bump (feature distance, the target excluded), normal bumps are randomly
/// under-sampled (unless <see cref="UnderSampleNormal"/> is off). Kept originals stay in input order, new rows follow.
/// </summary>
public abstract class RegressionOverSampler
{
    private protected RegressionOverSampler()
    {
    }

    /// <summary>The name used in error messages and on the command line.</summary>
    public abstract string Name { get; }

    /// <summary>Neighbours within a rare bump (k, default 5; fewer when the bump is smaller).</summary>
    public int KNeighbors { get; init; } = 5;

    /// <summary>Rows with relevance at least this are rare (default 0.5).</summary>
    public double RelevanceThreshold { get; init; } = 0.5;

    /// <summary>The relevance function; null derives it from the target's box plot (<see cref="Relevance.FromBoxPlot"/>).</summary>
    public Relevance? Relevance { get; init; }

    /// <summary>Whether normal bumps are under-sampled to the balanced size ('balance', the default) or kept whole.</summary>
    public bool UnderSampleNormal { get; init; } = true;

    /// <summary>Instead of 'balance', grow each rare bump to this many times its size (for example 2: double it); null is 'balance'.</summary>
    public double? OverSamplingFactor { get; init; }

    /// <summary>The bumps: row lists in ascending target order (ties by row), and whether each bump is rare.</summary>
    public (int[][] Bumps, bool[] Rare) Bumps(TabularDataset data, int targetColumn)
    {
        ArgumentNullException.ThrowIfNull(data);
        Check(data, targetColumn);
        var phi = Relevance ?? Relevance.FromBoxPlot(Target(data, targetColumn));
        var order = Enumerable.Range(0, data.Rows).OrderBy(i => data.Numeric[i * data.NumericColumns + targetColumn]).ThenBy(i => i).ToArray();
        var bumps = new List<int[]>();
        var rare = new List<bool>();
        var current = new List<int>();
        bool currentRare = false;
        foreach (int i in order)
        {
            bool r = phi.Of(data.Numeric[i * data.NumericColumns + targetColumn]) >= RelevanceThreshold;
            if (current.Count > 0 && r != currentRare)
            {
                bumps.Add([.. current]);
                rare.Add(currentRare);
                current.Clear();
            }

            currentRare = r;
            current.Add(i);
        }

        bumps.Add([.. current]);
        rare.Add(currentRare);
        return ([.. bumps], [.. rare]);
    }

    /// <summary>Resamples <paramref name="data"/> for the target in numeric column <paramref name="targetColumn"/>.</summary>
    public ResampleResult Resample(TabularDataset data, int targetColumn, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var (bumps, rare) = Bumps(data, targetColumn);
        if (!rare.Contains(true))
        {
            throw new ArgumentException($"{Name}: no target value has relevance >= {RelevanceThreshold} (no rare region); nothing to over-sample. Lower the threshold or give a relevance function.");
        }

        if (KNeighbors < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(KNeighbors), KNeighbors, $"{Name}: k_neighbors must be >= 1, got {KNeighbors}.");
        }

        if (OverSamplingFactor is { } f && !(f >= 1 && double.IsFinite(f)))
        {
            throw new ArgumentOutOfRangeException(nameof(OverSamplingFactor), f, $"{Name}: the over-sampling factor must be >= 1, got {f}.");
        }

        int balanced = (int)Math.Round((double)data.Rows / bumps.Length);
        var kept = new List<int>(data.Rows);
        var plans = new List<(int[] Rows, int New)>();
        for (int b = 0; b < bumps.Length; b++)
        {
            var rows = bumps[b];
            int size = rows.Length;
            if (rare[b])
            {
                kept.AddRange(rows);
                int goal = OverSamplingFactor is { } factor ? (int)Math.Round(size * factor) : balanced;
                if (goal > size)
                {
                    plans.Add((rows, goal - size));
                }
            }
            else if (UnderSampleNormal && OverSamplingFactor is null && size > balanced)
            {
                var pick = rng.Permutation(size);
                for (int i = 0; i < balanced; i++)
                {
                    kept.Add(rows[pick[i]]);
                }
            }
            else
            {
                kept.AddRange(rows);
            }
        }

        int[] keptRows = [.. kept.Order()];
        var output = new SyntheticRows(data.SelectRows(keptRows));
        var std = ColumnStats.PopulationStd(data, null);
        foreach (var (rows, count) in plans)
        {
            Generate(data, targetColumn, rows, count, std, rng, output);
        }

        return output.Build().WithSelection(keptRows, Samplers.UnderSampler.Complement(keptRows, data.Rows));
    }

    /// <summary>Appends <paramref name="count"/> new rows made from the rows of one rare bump.</summary>
    private void Generate(TabularDataset data, int targetColumn, int[] rows, int count, double[] std, Rng rng, SyntheticRows output)
    {
        int k = Math.Min(KNeighbors, rows.Length - 1);
        var features = Features(data, targetColumn, rows);
        int fc = data.NumericColumns - 1;
        int[] neighbors = [];
        float[] distances = [];
        if (k > 0)
        {
            distances = new float[rows.Length * (k + 1)];
            neighbors = new NearestNeighbors(features, fc).Query(features, k + 1, distances);
        }

        for (int s = 0; s < count; s++)
        {
            int seed = rng.Next(rows.Length);
            int nb = k > 0 ? neighbors[seed * (k + 1) + 1 + rng.Next(k)] : -1;
            double safe = k > 0 ? SafeDistance(distances.AsSpan(seed * (k + 1) + 1, k)) : 0;
            int i = output.Add(data.Labels[rows[seed]], rows[seed], nb < 0 ? -1 : rows[nb]);
            var x = data.NumericRow(rows[seed]);
            var cells = output.NumericOf(i);
            if (nb >= 0 && Interpolates(NearestNeighbors.SquaredDistance(features.AsSpan(seed * fc, fc), features.AsSpan(nb * fc, fc)), safe))
            {
                // Interpolating the target with the features' step is SMOTER's distance-weighted target: on the
                // segment, 1/d weighting of the two ends gives exactly the linear interpolation.
                var n = data.NumericRow(rows[nb]);
                double u = rng.NextDouble();
                for (int f = 0; f < cells.Length; f++)
                {
                    cells[f] = (float)(x[f] + u * (n[f] - x[f]));
                }
            }
            else
            {
                output.SetNeighbor(i, -1);
                Perturb(x, cells, std, rng);
            }
        }
    }

    /// <summary>Whether a neighbour at squared feature distance <paramref name="squaredDistance"/> is interpolated towards (else the row is perturbed).</summary>
    private protected abstract bool Interpolates(float squaredDistance, double safeDistance);

    /// <summary>The row when it is not interpolated: a copy (SMOTER's lone-row bump) or Gaussian noise (SMOGN).</summary>
    private protected abstract void Perturb(ReadOnlySpan<float> row, Span<float> cells, double[] std, Rng rng);

    /// <summary>SMOGN's safe distance: half the median distance to the seed's neighbours (squared distances given).</summary>
    private static double SafeDistance(ReadOnlySpan<float> squared)
    {
        return ColumnStats.Median([.. squared.ToArray().Select(v => Math.Sqrt(v))]) / 2;
    }

    private void Check(TabularDataset data, int targetColumn)
    {
        if (targetColumn < 0 || targetColumn >= data.NumericColumns)
        {
            throw new ArgumentOutOfRangeException(nameof(targetColumn), targetColumn, $"{Name}: the target column must be one of the {data.NumericColumns} numeric columns, got {targetColumn}.");
        }

        if (data.NumericColumns < 2)
        {
            throw new ArgumentException($"{Name}: the table needs at least one numeric feature besides the target.");
        }

        if (data.CategoricalColumns > 0)
        {
            throw new ArgumentException($"{Name}: the table has {data.CategoricalColumns} categorical column(s); one-hot encode them first.");
        }

        if (!(RelevanceThreshold is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(RelevanceThreshold), RelevanceThreshold, $"{Name}: the relevance threshold must be in (0, 1], got {RelevanceThreshold}.");
        }
    }

    private static float[] Target(TabularDataset data, int targetColumn)
    {
        var y = new float[data.Rows];
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = data.Numeric[i * data.NumericColumns + targetColumn];
        }

        return y;
    }

    /// <summary>The feature columns (all numeric columns but the target) of the given rows.</summary>
    internal static float[] Features(TabularDataset data, int targetColumn, int[] rows)
    {
        int fc = data.NumericColumns - 1;
        var result = new float[rows.Length * fc];
        for (int i = 0; i < rows.Length; i++)
        {
            var x = data.NumericRow(rows[i]);
            int o = 0;
            for (int f = 0; f < x.Length; f++)
            {
                if (f != targetColumn)
                {
                    result[i * fc + o++] = x[f];
                }
            }
        }

        return result;
    }
}
