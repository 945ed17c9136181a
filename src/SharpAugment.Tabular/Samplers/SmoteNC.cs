using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// SMOTE-NC (Chawla et al. 2002) for mixed numeric and categorical tables, as imbalanced-learn 0.12+: per class, the
/// categorical columns are one-hot encoded with the 1s set to median_std x <see cref="CategoricalScale"/> (median_std
/// = median of the class's numeric population stds), neighbours are searched in that space, numeric cells interpolate
/// as SMOTE, and each categorical cell takes the most frequent category among the base row's k neighbours (ties
/// broken uniformly at random). A median std of 0 leaves categories out of the distance.
/// </summary>
public sealed class SmoteNC : OverSampler
{
    /// <summary>imbalanced-learn 0.12+'s one-hot value, 1/sqrt(2) of the median std: a category mismatch then adds exactly one median std to the distance.</summary>
    public static readonly double DefaultCategoricalScale = 1 / Math.Sqrt(2);

    /// <inheritdoc/>
    public override string Name => "smotenc";

    /// <summary>Neighbours per row (k_neighbors, default 5).</summary>
    public int KNeighbors { get; init; } = 5;

    /// <summary>The one-hot value as a fraction of the median std (0.5 reproduces imbalanced-learn 0.10 and 0.11).</summary>
    public double CategoricalScale { get; init; } = DefaultCategoricalScale;

    /// <summary>The neighbour search.</summary>
    public NeighborAlgorithm Algorithm { get; init; } = NeighborAlgorithm.Auto;

    /// <summary>The median of the class's numeric population standard deviations (imbalanced-learn's median_std_).</summary>
    public static double MedianStd(TabularDataset data, int label)
    {
        ArgumentNullException.ThrowIfNull(data);
        return ColumnStats.Median(ColumnStats.PopulationStd(data, data.RowsOfClass(label)));
    }

    /// <summary>The neighbours SMOTE-NC uses for one class: class rows x k, as class-local indices.</summary>
    public int[] Neighbors(TabularDataset data, int label)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckColumns(data);
        var rows = ClassRows(data, label, KNeighbors, "k_neighbors");
        var encoded = Encode(data, rows, MedianStd(data, label) * CategoricalScale, out int width);
        var nn = new NearestNeighbors(encoded, width, Algorithm);
        return Interpolation.DropSelfColumn(nn.QueryAll(KNeighbors + 1), KNeighbors + 1, default);
    }

    private protected override void CheckColumns(TabularDataset data)
    {
        if (data.NumericColumns == 0)
        {
            throw new ArgumentException($"{Name}: SMOTE-NC is not designed to work only with categorical features; it requires some numeric columns (use smoten).");
        }

        if (data.CategoricalColumns == 0)
        {
            throw new ArgumentException($"{Name}: the table has no categorical column; name them (--categorical) or use smote.");
        }
    }

    private protected override void ResampleCore(TabularDataset data, SortedDictionary<int, int> plan, Rng rng, SyntheticRows output)
    {
        int k = KNeighbors, dc = data.CategoricalColumns;
        int maxCode = 0;
        foreach (int c in data.Categorical)
        {
            maxCode = Math.Max(maxCode, c);
        }

        var votes = new int[maxCode + 1];
        var ties = new List<int>();
        foreach (var (label, n) in plan)
        {
            if (n == 0)
            {
                continue;
            }

            var rows = data.RowsOfClass(label);
            var local = Neighbors(data, label);
            for (int s = 0; s < n; s++)
            {
                int pick = rng.Next(rows.Length * k);
                int bi = pick / k;
                int b = rows[bi], nb = rows[local[pick]];
                int row = Interpolation.AddInterpolated(output, data, label, b, nb, rng.NextDouble());
                var cats = output.CategoricalOf(row);
                for (int c = 0; c < dc; c++)
                {
                    cats[c] = MajorityCategory(data, rows, local.AsSpan(bi * k, k), c, votes, ties, rng);
                }
            }
        }
    }

    /// <summary>The most frequent code of column <paramref name="column"/> among the neighbours, a tie broken uniformly at random.</summary>
    private static int MajorityCategory(TabularDataset data, int[] rows, ReadOnlySpan<int> neighbors, int column, int[] votes, List<int> ties, Rng rng)
    {
        int dc = data.CategoricalColumns;
        int best = 0;
        foreach (int j in neighbors)
        {
            int code = data.Categorical[rows[j] * dc + column];
            best = Math.Max(best, ++votes[code]);
        }

        ties.Clear();
        foreach (int j in neighbors)
        {
            int code = data.Categorical[rows[j] * dc + column];
            if (votes[code] == best)
            {
                ties.Add(code);
                votes[code] = -1;
            }
        }

        foreach (int j in neighbors)
        {
            votes[data.Categorical[rows[j] * dc + column]] = 0;
        }

        ties.Sort();
        return ties.Count == 1 ? ties[0] : ties[rng.Next(ties.Count)];
    }

    /// <summary>Numeric cells followed by one one-hot block per categorical column (categories = codes present in the whole table), 1s set to <paramref name="oneValue"/>.</summary>
    private static float[] Encode(TabularDataset data, int[] rows, double oneValue, out int width)
    {
        int d = data.NumericColumns, dc = data.CategoricalColumns;
        var offsets = new Dictionary<int, int>[dc];
        width = d;
        for (int c = 0; c < dc; c++)
        {
            var codes = new SortedSet<int>();
            for (int r = 0; r < data.Rows; r++)
            {
                codes.Add(data.Categorical[r * dc + c]);
            }

            offsets[c] = [];
            foreach (int code in codes)
            {
                offsets[c][code] = width++;
            }
        }

        var encoded = new float[rows.Length * width];
        for (int i = 0; i < rows.Length; i++)
        {
            data.NumericRow(rows[i]).CopyTo(encoded.AsSpan(i * width, d));
            var cats = data.CategoricalRow(rows[i]);
            for (int c = 0; c < dc; c++)
            {
                encoded[i * width + offsets[c][cats[c]]] = (float)oneValue;
            }
        }

        return encoded;
    }
}
