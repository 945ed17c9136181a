using System.Globalization;
using SharpAugment.Randomness;
using SharpAugment.Tabular.Samplers;

namespace SharpAugment.Tabular.Tests.Samplers;

/// <summary>Everything deterministic about imbalanced-learn's samplers, compared with the fixtures.</summary>
public class SamplerParityTests
{
    private static OverSampler Make(string name, SamplingStrategy strategy) => name switch
    {
        "smote" => new Smote { SamplingStrategy = strategy },
        "borderline1" => new BorderlineSmote { SamplingStrategy = strategy },
        "adasyn" => new Adasyn { SamplingStrategy = strategy },
        "random" => new RandomOverSampler { SamplingStrategy = strategy },
        "random_shrinkage" => new RandomOverSampler { SamplingStrategy = strategy, Shrinkage = 0.5 },
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void ClassCountsMatchForEverySamplerAndStrategy(string table)
    {
        var data = FixtureData.Table(table);
        var samplers = FixtureData.Json(table).GetProperty("samplers");
        int compared = 0;
        foreach (string name in new[] { "smote", "borderline1", "adasyn", "random", "random_shrinkage" })
        {
            foreach (var entry in samplers.GetProperty(name).EnumerateObject())
            {
                var sampler = Make(name, FixtureData.Strategy(entry.Name));
                if (entry.Value.TryGetProperty("ok", out var ok))
                {
                    var result = sampler.Resample(data, new Rng(1));
                    Assert.True(FixtureData.Counts(ok).SequenceEqual(FixtureData.CountsOf(result.Data)),
                        $"{table} {name} {entry.Name}: {string.Join(",", FixtureData.CountsOf(result.Data))} vs {entry.Value}");
                    compared++;
                }
                else
                {
                    // imbalanced-learn failed (ADASYN on a class whose neighbours are all its own): so must we.
                    Assert.ThrowsAny<Exception>(() => sampler.Resample(data, new Rng(1)));
                }
            }
        }

        Assert.True(compared >= 20);
    }

    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void BorderlineDangerSetsMatch(string table)
    {
        var data = FixtureData.Table(table);
        foreach (var cls in FixtureData.Json(table).GetProperty("samplers").GetProperty("danger").EnumerateObject())
        {
            int label = int.Parse(cls.Name, CultureInfo.InvariantCulture);
            var expected = cls.Value.EnumerateArray().Select(v => v.GetBoolean()).ToArray();
            Assert.Equal(expected, new BorderlineSmote().DangerMask(data, label));
        }
    }

    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void AdasynPerRowCountsMatch(string table)
    {
        var data = FixtureData.Table(table);
        var adasyn = FixtureData.Json(table).GetProperty("samplers").GetProperty("adasyn_rows");
        var requested = FixtureData.Counts(adasyn.GetProperty("requested"));
        foreach (var cls in adasyn.GetProperty("per_row").EnumerateObject())
        {
            int label = int.Parse(cls.Name, CultureInfo.InvariantCulture);
            var expected = cls.Value.EnumerateArray().Select(v => v.GetInt32()).ToArray();
            Assert.Equal(expected, new Adasyn().RowCounts(data, label, requested[label]));
        }
    }

    [Theory]
    [InlineData("breast_cancer", 6)]
    [InlineData("digits", 12)]
    public void KMeansSmotePerClusterLogicMatchesOnImbalancedLearnsClustering(string table, int clusters)
    {
        var data = FixtureData.Table(table);
        var km = FixtureData.Json(table).GetProperty("kmeans");
        var assignment = km.GetProperty("clusters").EnumerateArray().Select(v => v.GetInt32()).ToArray();
        var requested = FixtureData.Counts(km.GetProperty("requested"));
        int total = requested.Values.Sum();
        var calls = km.GetProperty("make_samples").EnumerateArray()
            .Select(c => (Label: c.GetProperty("label").GetInt32(), N: c.GetProperty("n").GetInt32())).ToList();
        var sampler = new KMeansSmote { Clusters = clusters };
        foreach (var (label, n) in requested.Where(p => p.Value > 0))
        {
            if (!calls.Any(c => c.Label == label))
            {
                // imbalanced-learn raised for this class: no usable cluster.
                Assert.Contains("RuntimeError", km.GetProperty("error").GetString(), StringComparison.Ordinal);
                var e = Assert.Throws<InvalidOperationException>(() => sampler.PlanClusters(data, label, n, total, assignment, clusters));
                Assert.Contains("no clusters found", e.Message, StringComparison.Ordinal);
                continue;
            }

            var ours = sampler.PlanClusters(data, label, n, total, assignment, clusters).Where(c => c > 0).ToArray();
            Assert.Equal(calls.Where(c => c.Label == label).Select(c => c.N).ToArray(), ours);
        }
    }

    [Fact]
    public void SmoteNcMedianStdAndNeighborsMatchImbalancedLearn010()
    {
        // imbalanced-learn 0.10 sets the one-hot 1s to median_std / 2 (0.12+ uses / sqrt(2), our default), so the
        // comparison runs with CategoricalScale = 0.5. In 0.10 median_std_ comes from the minority class for every class;
        // ours is per class, so the minority class is where both definitions meet.
        foreach (string table in new[] { "breast_cancer_nc", "iris_nc" })
        {
            var data = FixtureData.Table(table);
            var fx = FixtureData.Json(table);
            int minority = fx.GetProperty("minority").GetInt32();
            double expectedStd = fx.GetProperty("median_std").GetDouble();
            // imbalanced-learn computed the variance in float32; 1e-5 relative is ~100 float32 ulps.
            Assert.Equal(expectedStd, SmoteNC.MedianStd(data, minority), expectedStd * 1e-5);
            var expected = FixtureData.Matrix(fx.GetProperty("neighbors").GetProperty(minority.ToString(CultureInfo.InvariantCulture)));
            var ours = new SmoteNC { CategoricalScale = 0.5 }.Neighbors(data, minority);
            int k = expected[0].Length, exact = 0;
            for (int i = 0; i < expected.Length; i++)
            {
                if (ours.AsSpan(i * k, k).ToArray().ToHashSet().SetEquals(expected[i]))
                {
                    exact++;
                }
            }

            Assert.True(exact == expected.Length, $"{table}: {expected.Length - exact} of {expected.Length} neighbour sets differ");
            Assert.Equal(FixtureData.Counts(fx.GetProperty("ok")), FixtureData.CountsOf(new SmoteNC().Resample(data, new Rng(3)).Data));
        }
    }

    [Fact]
    public void SmoteNNeighborDistancesMatchTheValueDifferenceMetric()
    {
        // VDM distances are sums of squared probability differences over many equal categories, so exact ties are the
        // rule; imbalanced-learn breaks them by an unstable sort. The per-row distance lists are therefore compared, sorted,
        // to 1e-12 (double rounding of at most 13 terms below 4).
        foreach (string table in new[] { "wine_n", "iris_n" })
        {
            var data = FixtureData.Table(table);
            var fx = FixtureData.Json(table);
            var tables = SmoteN.ValueDifferenceTables(data);
            foreach (var cls in fx.GetProperty("distances").EnumerateObject())
            {
                int label = int.Parse(cls.Name, CultureInfo.InvariantCulture);
                var rows = data.RowsOfClass(label);
                var expected = cls.Value.EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).Order().ToArray()).ToArray();
                var ours = new SmoteN().Neighbors(data, label);
                int k1 = expected[0].Length;
                for (int i = 0; i < rows.Length; i++)
                {
                    var dist = Enumerable.Range(0, k1).Select(j => Vdm(data, tables, rows[i], rows[ours[i * k1 + j]])).Order().ToArray();
                    for (int j = 0; j < k1; j++)
                    {
                        Assert.Equal(expected[i][j], dist[j], 1e-12);
                    }
                }
            }

            Assert.Equal(FixtureData.Counts(fx.GetProperty("ok")), FixtureData.CountsOf(new SmoteN().Resample(data, new Rng(3)).Data));
        }
    }

    private static double Vdm(TabularDataset data, double[][] tables, int a, int b)
    {
        double s = 0;
        for (int c = 0; c < data.CategoricalColumns; c++)
        {
            int codes = (int)Math.Sqrt(tables[c].Length);
            s += tables[c][data.CategoricalRow(a)[c] * codes + data.CategoricalRow(b)[c]];
        }

        return s;
    }
}
