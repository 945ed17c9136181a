using System.Globalization;
using System.Text.Json;
using SharpAugment.Randomness;
using SharpAugment.Tabular.Samplers;

namespace SharpAugment.Tabular.Tests.Samplers;

/// <summary>
/// The under-samplers against imbalanced-learn (fixtures from tools/make_tabular_undersampling_fixtures.py): the
/// removed or kept rows of every deterministic method equal imbalanced-learn's exactly; the random ones are compared
/// given imbalanced-learn's own draws (seed rows, centroids) or by class counts.
/// </summary>
public class UnderSamplerParityTests
{
    private static JsonElement Fixture(string table) => FixtureData.Json(table + "_under");

    private static int[] Ints(JsonElement e) => e.EnumerateArray().Select(v => v.GetInt32()).ToArray();

    private static SamplingStrategy Strategy(string key) => key switch
    {
        "majority" => SamplingStrategy.Majority,
        _ => FixtureData.Strategy(key),
    };

    public static IEnumerable<object[]> Cleaners()
    {
        foreach (string table in FixtureData.Tables)
        {
            foreach (string key in new[]
            {
                "tomek_links", "tomek_links_all", "enn_all", "enn_all_k5", "enn_mode", "enn_mode_k5", "renn_all", "renn_mode",
                "allknn_all", "allknn_mode", "allknn_all_allow_minority", "allknn_mode_allow_minority", "ncr_012",
            })
            {
                yield return [table, key];
            }
        }
    }

    private static UnderSampler Cleaner(string key)
    {
        var sel = key.Contains("mode", StringComparison.Ordinal) ? EnnSelection.Mode : EnnSelection.All;
        int k = key.EndsWith("_k5", StringComparison.Ordinal) ? 5 : 3;
        return key switch
        {
            "tomek_links" => new TomekLinks(),
            "tomek_links_all" => new TomekLinks { SamplingStrategy = SamplingStrategy.All },
            _ when key.StartsWith("enn_", StringComparison.Ordinal) => new EditedNearestNeighbours { KindSel = sel, NNeighbors = k },
            _ when key.StartsWith("renn_", StringComparison.Ordinal) => new RepeatedEditedNearestNeighbours { KindSel = sel },
            _ when key.StartsWith("allknn_", StringComparison.Ordinal) => new AllKnn { KindSel = sel, AllowMinority = key.EndsWith("allow_minority", StringComparison.Ordinal) },
            "ncr_012" => new NeighbourhoodCleaningRule(),
            _ => throw new ArgumentException(key),
        };
    }

    [Theory]
    [MemberData(nameof(Cleaners))]
    public void CleaningMethodsRemoveExactlyImbalancedLearnsRows(string table, string key)
    {
        var data = FixtureData.Table(table);
        var expected = Ints(Fixture(table).GetProperty(key));
        var result = Cleaner(key).Resample(data, new Rng(1));
        Assert.Equal(expected, result.RemovedRows);
        Assert.Equal(UnderSampler.Complement(expected, data.Rows), result.KeptRows);
        Assert.Equal(data.Rows - expected.Length, result.Data.Rows);
    }

    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void RepeatedEnnRunsImbalancedLearnsNumberOfPasses(string table)
    {
        var data = FixtureData.Table(table);
        foreach (var (key, sel) in new[] { ("renn_all_iter", EnnSelection.All), ("renn_mode_iter", EnnSelection.Mode) })
        {
            Assert.Equal(Fixture(table).GetProperty(key).GetInt32(), new RepeatedEditedNearestNeighbours { KindSel = sel }.Edit(data).Passes);
        }
    }

    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void NearMissKeepsExactlyImbalancedLearnsRows(string table)
    {
        var data = FixtureData.Table(table);
        for (int version = 1; version <= 3; version++)
        {
            var expected = Ints(Fixture(table).GetProperty($"nearmiss{version}"));
            Assert.Equal(expected, new NearMiss { Version = version }.KeptRows(data, new Rng(1)));
        }
    }

    private static Dictionary<int, int[]> Seeds(TabularDataset data, UnderSampler sampler, JsonElement log)
    {
        var labels = sampler.Plan(data).Keys.ToArray();
        var draws = log.EnumerateArray().Select(Ints).ToArray();
        Assert.Equal(labels.Length, draws.Length);
        return labels.Zip(draws).ToDictionary(p => p.First, p => p.Second);
    }

    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void CondensedNearestNeighbourGivenTheSameSeedsKeepsTheSameRows(string table)
    {
        var data = FixtureData.Table(table);
        var fx = Fixture(table).GetProperty("cnn");
        var cnn = new CondensedNearestNeighbour();
        var kept = cnn.KeptRows(data, Seeds(data, cnn, fx.GetProperty("seeds")));
        Assert.Equal(Ints(fx.GetProperty("kept")), kept);
    }

    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void OneSidedSelectionGivenTheSameSeedsKeepsTheSameRows(string table)
    {
        var data = FixtureData.Table(table);
        var fx = Fixture(table).GetProperty("oss");
        var oss = new OneSidedSelection();
        var kept = oss.KeptRows(data, Seeds(data, oss, fx.GetProperty("seeds")));
        Assert.Equal(Ints(fx.GetProperty("kept")), kept);
    }

    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void ClusterCentroidsHardVotingPicksTheSameRowsForTheSameCentroids(string table)
    {
        var data = FixtureData.Table(table);
        var fx = Fixture(table).GetProperty("cluster_centroids");
        var cc = new ClusterCentroids { Voting = CentroidVoting.Hard };
        foreach (var cls in fx.GetProperty("centroids").EnumerateObject())
        {
            int label = int.Parse(cls.Name, CultureInfo.InvariantCulture);
            var centroids = cls.Value.EnumerateArray().SelectMany(r => r.EnumerateArray().Select(v => v.GetDouble())).ToArray();
            var expected = Ints(fx.GetProperty("hard").GetProperty(cls.Name));
            Assert.Equal(expected, cc.NearestRows(data, label, centroids));
        }

        // our own k-means picks different centroids, but the same number of rows per class
        Assert.Equal(FixtureData.Counts(fx.GetProperty("counts")), FixtureData.CountsOf(cc.Resample(data, new Rng(3)).Data));
        Assert.Equal(FixtureData.Counts(fx.GetProperty("counts")), FixtureData.CountsOf(new ClusterCentroids().Resample(data, new Rng(3)).Data));
    }

    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void RandomUnderSamplingCountsMatch(string table)
    {
        var data = FixtureData.Table(table);
        foreach (var entry in Fixture(table).GetProperty("random_under").EnumerateObject())
        {
            var parts = entry.Name.Split('|');
            var sampler = new RandomUnderSampler { SamplingStrategy = Strategy(parts[0]), Replacement = parts[1] == "True" };
            var result = sampler.Resample(data, new Rng(5));
            Assert.Equal(FixtureData.Counts(entry.Value.GetProperty("ok")), FixtureData.CountsOf(result.Data));
            Assert.True(result.KeptRows.Zip(result.KeptRows.Skip(1)).All(p => p.First <= p.Second), "kept rows are in input order");
        }
    }

    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void UnderAndCleanStrategiesResolveAsImbalancedLearn(string table)
    {
        var counts = FixtureData.Table(table).ClassCounts();
        var fx = Fixture(table);
        foreach (string kind in new[] { "under", "clean" })
        {
            foreach (var entry in fx.GetProperty(kind).EnumerateObject())
            {
                var strategy = Strategy(entry.Name);
                if (entry.Value.TryGetProperty("ok", out var ok))
                {
                    Assert.Equal(FixtureData.Counts(ok), strategy.ResolveUnder(counts, kind == "clean").ToDictionary(p => p.Key, p => p.Value));
                }
                else
                {
                    var e = Assert.ThrowsAny<ArgumentException>(() => strategy.ResolveUnder(counts, kind == "clean"));
                    string phrase = entry.Value.GetProperty("error").GetString()!.Split(": ", 2)[1][..30];
                    Assert.Contains(phrase, e.Message, StringComparison.Ordinal);
                }
            }
        }
    }
}
