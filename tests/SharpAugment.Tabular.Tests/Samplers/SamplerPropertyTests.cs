using SharpAugment.Randomness;
using SharpAugment.Tabular.Samplers;

namespace SharpAugment.Tabular.Tests.Samplers;

public class SamplerPropertyTests
{
    public static IEnumerable<object[]> Interpolating() =>
        from table in FixtureData.Tables
        from sampler in new[] { "smote", "borderline1", "borderline2", "adasyn", "kmeans_smote" }
        where !(sampler == "kmeans_smote" && table is "iris" or "digits" or "wine")
        select new object[] { table, sampler };

    private static OverSampler Make(string name) => name switch
    {
        "smote" => new Smote(),
        "borderline1" => new BorderlineSmote(),
        "borderline2" => new BorderlineSmote { Kind = BorderlineKind.Borderline2 },
        "adasyn" => new Adasyn(),
        "kmeans_smote" => new KMeansSmote { Clusters = 4 },
        "random" => new RandomOverSampler(),
        "smotenc" => new SmoteNC(),
        "smoten" => new SmoteN(),
        _ => throw new ArgumentException(name),
    };

    /// <summary>
    /// Every synthetic row lies on the segment from its base row to its neighbour, the neighbour is among the base row's
    /// k nearest (same class for all but borderline-2), and originals come first unchanged. Tolerance: the row is
    /// computed in double and rounded to float, so each cell is within 4 float32 ulps of the segment point.
    /// </summary>
    [Theory]
    [MemberData(nameof(Interpolating))]
    public void SyntheticRowsLieOnSegmentsToNearNeighbours(string table, string samplerName)
    {
        var data = FixtureData.Table(table);
        var sampler = Make(samplerName);
        var result = sampler.Resample(data, new Rng(11));
        Assert.Equal(data.Numeric, result.Data.Numeric.AsSpan(0, data.Numeric.Length).ToArray());
        Assert.Equal(data.Labels, result.Data.Labels.AsSpan(0, data.Rows).ToArray());
        Assert.True(result.SyntheticRows > 0);
        var neighborSets = new Dictionary<int, HashSet<int>[]>();
        for (int j = 0; j < result.SyntheticRows; j++)
        {
            int row = result.OriginalRows + j, b = result.BaseRows[j], nb = result.NeighborRows[j];
            int label = result.Data.Labels[row];
            Assert.Equal(label, data.Labels[b]);
            if (samplerName != "borderline2")
            {
                Assert.Equal(label, data.Labels[nb]);
            }

            double t = OnSegment(data.NumericRow(b), data.NumericRow(nb), result.Data.NumericRow(row));
            Assert.InRange(t, 0, samplerName == "borderline2" && data.Labels[nb] != label ? 0.5 : 1.0);
            if (samplerName is "smote" or "adasyn" or "borderline1")
            {
                if (!neighborSets.TryGetValue(label, out var sets))
                {
                    var local = new Smote().Neighbors(data, label);
                    var rows = data.RowsOfClass(label);
                    sets = Enumerable.Range(0, rows.Length).Select(i => local.Skip(i * 5).Take(5).Select(x => rows[x]).ToHashSet()).ToArray();
                    neighborSets[label] = sets;
                }

                Assert.Contains(nb, sets[Array.IndexOf(data.RowsOfClass(label), b)]);
            }
        }
    }

    /// <summary>
    /// Returns t with x = b + t (n - b), asserting every cell agrees. t is read from the widest cell, whose float
    /// rounding (at most one ulp of its magnitude) makes t uncertain by ulp_w / |n_w - b_w|; so cell f may be off by
    /// its own rounding plus that uncertainty times |n_f - b_f|. Both terms use 2 ulps (2 x 1.2e-7 relative) for margin.
    /// </summary>
    private static double OnSegment(ReadOnlySpan<float> b, ReadOnlySpan<float> n, ReadOnlySpan<float> x)
    {
        const double Ulp = 2 * 1.2e-7;
        int widest = 0;
        for (int f = 1; f < b.Length; f++)
        {
            if (Math.Abs(n[f] - b[f]) > Math.Abs(n[widest] - b[widest]))
            {
                widest = f;
            }
        }

        double span = (double)n[widest] - b[widest];
        double t = span == 0 ? 0 : (x[widest] - (double)b[widest]) / span;
        double tError = span == 0 ? 0 : Ulp * Math.Max(Math.Abs(b[widest]), Math.Abs(n[widest])) / Math.Abs(span);
        for (int f = 0; f < b.Length; f++)
        {
            double expected = b[f] + t * ((double)n[f] - b[f]);
            double tolerance = Ulp * Math.Max(Math.Abs(b[f]), Math.Abs(n[f])) + tError * Math.Abs((double)n[f] - b[f]);
            Assert.True(Math.Abs(x[f] - expected) <= tolerance, $"cell {f}: {x[f]} is not on the segment ({expected})");
        }

        Assert.InRange(t, -tError, 1 + tError);
        return Math.Clamp(t, 0, 1);
    }

    [Theory]
    [InlineData("breast_cancer_nc")]
    [InlineData("iris_nc")]
    public void SmoteNcCategoriesAreTheNeighboursMajority(string table)
    {
        var data = FixtureData.Table(table);
        var sampler = new SmoteNC();
        var result = sampler.Resample(data, new Rng(5));
        var byClass = new Dictionary<int, int[]>();
        for (int j = 0; j < result.SyntheticRows; j++)
        {
            int row = result.OriginalRows + j, b = result.BaseRows[j];
            int label = data.Labels[b];
            var rows = data.RowsOfClass(label);
            if (!byClass.TryGetValue(label, out var local))
            {
                byClass[label] = local = sampler.Neighbors(data, label);
            }

            int bi = Array.IndexOf(rows, b);
            var neighbours = local.Skip(bi * 5).Take(5).Select(i => rows[i]).ToArray();
            Assert.Contains(result.NeighborRows[j], neighbours);
            OnSegment(data.NumericRow(b), data.NumericRow(result.NeighborRows[j]), result.Data.NumericRow(row));
            for (int c = 0; c < data.CategoricalColumns; c++)
            {
                var votes = neighbours.GroupBy(r => data.CategoricalRow(r)[c]).ToDictionary(g => g.Key, g => g.Count());
                int max = votes.Values.Max();
                Assert.Equal(max, votes[result.Data.CategoricalRow(row)[c]]);
            }
        }
    }

    [Theory]
    [InlineData("wine_n")]
    [InlineData("iris_n")]
    public void SmoteNRowsAreTheModeOfTheBaseRowsNeighbourhood(string table)
    {
        var data = FixtureData.Table(table);
        var sampler = new SmoteN();
        var result = sampler.Resample(data, new Rng(5));
        for (int j = 0; j < result.SyntheticRows; j++)
        {
            int b = result.BaseRows[j], label = data.Labels[b];
            var rows = data.RowsOfClass(label);
            var local = sampler.Neighbors(data, label);
            int bi = Array.IndexOf(rows, b);
            var hood = local.Skip(bi * 6).Take(6).Select(i => rows[i]).ToArray();
            for (int c = 0; c < data.CategoricalColumns; c++)
            {
                // scipy's mode: the most frequent code, the smallest on a tie.
                int mode = hood.GroupBy(r => data.CategoricalRow(r)[c]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
                Assert.Equal(mode, result.Data.CategoricalRow(result.OriginalRows + j)[c]);
            }
        }
    }

    [Theory]
    [InlineData("smote")]
    [InlineData("borderline2")]
    [InlineData("adasyn")]
    [InlineData("random")]
    public void SameSeedSameRowsOtherSeedOtherRows(string name)
    {
        var data = FixtureData.Table("wine");
        var a = Make(name).Resample(data, new Rng(9)).Data.Numeric;
        var b = Make(name).Resample(data, new Rng(9)).Data.Numeric;
        var c = Make(name).Resample(data, new Rng(10)).Data.Numeric;
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void RandomOversamplingCopiesRowsAndShrinkageSmoothsThem()
    {
        var data = FixtureData.Table("breast_cancer_nc");
        var plain = new RandomOverSampler().Resample(data, new Rng(2));
        for (int j = 0; j < plain.SyntheticRows; j++)
        {
            Assert.Equal(data.NumericRow(plain.BaseRows[j]).ToArray(), plain.Data.NumericRow(plain.OriginalRows + j).ToArray());
            Assert.Equal(data.CategoricalRow(plain.BaseRows[j]).ToArray(), plain.Data.CategoricalRow(plain.OriginalRows + j).ToArray());
            Assert.Equal(-1, plain.NeighborRows[j]);
        }

        // h = (4 / ((d + 2) n))^(1 / (d + 4)) with d = 30 numeric columns, n = 417 rows.
        Assert.Equal(Math.Pow(4.0 / (32 * 417), 1.0 / 34), RandomOverSampler.SmoothingConstant(417, 30), 15);
        var smooth = new RandomOverSampler { Shrinkage = 1.0 }.Resample(data, new Rng(2));
        var minority = data.RowsOfClass(0);
        int f = 0;
        double std = Math.Sqrt(minority.Select(r => (double)data.NumericRow(r)[f]).Select(v => v * v).Average()
                               - Math.Pow(minority.Average(r => (double)data.NumericRow(r)[f]), 2));
        double h = RandomOverSampler.SmoothingConstant(data.Rows, data.NumericColumns);
        var offsets = Enumerable.Range(0, smooth.SyntheticRows)
            .Select(j => (double)smooth.Data.NumericRow(smooth.OriginalRows + j)[f] - data.NumericRow(smooth.BaseRows[j])[f]).ToArray();
        double observed = Math.Sqrt(offsets.Select(o => o * o).Average());
        // 297 normal draws: the sample std is within 15% of the true one with overwhelming probability (~2.6 sigma).
        Assert.InRange(observed / (h * std), 0.85, 1.15);
    }

    [Fact]
    public void ShrinkageErrorsNameTheClass()
    {
        var data = FixtureData.Table("iris");
        var e = Assert.Throws<ArgumentException>(() => new RandomOverSampler { ShrinkagePerClass = new Dictionary<int, double> { [1] = 0.5 } }.Resample(data, new Rng(1)));
        Assert.Contains("missing classes are: 2", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomOverSampler { Shrinkage = -1 }.Resample(data, new Rng(1)));
    }

    [Fact]
    public void ClassTooSmallForKIsNamed()
    {
        var data = new TabularDataset([0, 0, 1, 1, 2, 2, 3, 3, 9, 9, 8, 8, 7, 7], 2, [0, 0, 0, 0, 1, 1, 1]);
        var e = Assert.Throws<ArgumentException>(() => new Smote().Resample(data, new Rng(1)));
        Assert.Contains("class 1 has 3 row(s), fewer than k_neighbors + 1 = 6", e.Message, StringComparison.Ordinal);
        var named = new TabularDataset(data.Numeric, 2, data.Labels) { ClassNames = ["cat", "dog"] };
        e = Assert.Throws<ArgumentException>(() => new Smote { KNeighbors = 3 }.Resample(named, new Rng(1)));
        Assert.Contains("class 'dog' has 3 row(s)", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, new Smote { KNeighbors = 2 }.Resample(data, new Rng(1)).SyntheticRows);
    }

    [Fact]
    public void BadTablesAreRejectedWithRowAndColumn()
    {
        var e = Assert.Throws<ArgumentException>(() => new TabularDataset([1, 2, float.NaN, 4], 2, [0, 1]));
        Assert.Contains("row 1, numeric column 0", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => new TabularDataset([1, float.PositiveInfinity], 2, [0]));
        Assert.Contains("row 0, numeric column 1", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => new TabularDataset([1, 2, 3], 2, [0, 1]));
        Assert.Contains("mismatched lengths", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => new Smote().Resample(FixtureData.Table("iris_nc"), new Rng(1)));
        Assert.Contains("categorical", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => new SmoteN().Resample(FixtureData.Table("iris"), new Rng(1)));
        Assert.Contains("categorical columns only", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => new SmoteNC().Resample(FixtureData.Table("iris"), new Rng(1)));
        Assert.Contains("no categorical column", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KMeansIsSeededAndSeparatesObviousClusters()
    {
        var rng = new Rng(4);
        var data = new float[300 * 2];
        for (int i = 0; i < 300; i++)
        {
            data[2 * i] = (float)rng.Normal(i % 3 * 100, 1);
            data[2 * i + 1] = (float)rng.Normal(0, 1);
        }

        var a = new KMeans { Clusters = 3 }.FitPredict(data, 2, new Rng(1));
        Assert.Equal(a, new KMeans { Clusters = 3 }.FitPredict(data, 2, new Rng(1)));
        for (int i = 3; i < 300; i++)
        {
            Assert.Equal(a[i % 3], a[i]);
        }

        Assert.Equal(3, a.Distinct().Count());
    }
}
