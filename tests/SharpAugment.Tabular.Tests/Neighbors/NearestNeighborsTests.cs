using SharpAugment.Randomness;
using SharpAugment.Tabular.Neighbors;
using SharpAugment.Tabular.Samplers;

namespace SharpAugment.Tabular.Tests.Neighbors;

public class NearestNeighborsTests
{
    /// <summary>The definition: sort every row by (float squared distance, index) and take k.</summary>
    private static int[] Naive(float[] data, int columns, float[] queries, int k)
    {
        int n = data.Length / columns, q = queries.Length / columns;
        var result = new int[q * k];
        for (int i = 0; i < q; i++)
        {
            var qi = queries.AsSpan(i * columns, columns).ToArray();
            var order = Enumerable.Range(0, n)
                .Select(j => (d: NearestNeighbors.SquaredDistance(qi, data.AsSpan(j * columns, columns)), j))
                .OrderBy(t => t.d).ThenBy(t => t.j).Take(k).Select(t => t.j).ToArray();
            order.CopyTo(result, i * k);
        }

        return result;
    }

    [Theory]
    [InlineData(200, 2, 5, 3)]
    [InlineData(500, 4, 6, 5)]
    [InlineData(333, 8, 11, 2)]
    [InlineData(257, 20, 6, 4)]
    [InlineData(100, 200, 6, 10)]
    [InlineData(9, 3, 9, 1)]
    public void BruteForceAndKdTreeEqualTheDefinitionIncludingTies(int n, int columns, int k, int distinctValues)
    {
        // Few distinct values (a coarse grid) force many exact distance ties and duplicate rows.
        var rng = new Rng((ulong)(n * 31 + columns));
        var data = new float[n * columns];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = rng.Next(distinctValues) * 0.5f;
        }

        var expected = Naive(data, columns, data, k);
        var brute = new NearestNeighbors(data, columns, NeighborAlgorithm.BruteForce).Query(data, k);
        var tree = new NearestNeighbors(data, columns, NeighborAlgorithm.KdTree).Query(data, k);
        Assert.Equal(expected, brute);
        Assert.Equal(expected, tree);
    }

    [Fact]
    public void ContinuousDataAgreesAcrossAlgorithmsOnOtherQueries()
    {
        var rng = new Rng(7);
        var data = new float[2000 * 5];
        var queries = new float[300 * 5];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = (float)rng.Normal();
        }

        for (int i = 0; i < queries.Length; i++)
        {
            queries[i] = (float)rng.Normal(0, 2);
        }

        var expected = Naive(data, 5, queries, 7);
        Assert.Equal(expected, new NearestNeighbors(data, 5, NeighborAlgorithm.KdTree).Query(queries, 7));
        Assert.Equal(expected, new NearestNeighbors(data, 5, NeighborAlgorithm.BruteForce).Query(queries, 7));
    }

    [Fact]
    public void AutoPicksTreeForFewColumnsAndBruteForceForMany()
    {
        Assert.Equal(NeighborAlgorithm.KdTree, new NearestNeighbors(new float[1000 * 4], 4).Algorithm);
        Assert.Equal(NeighborAlgorithm.BruteForce, new NearestNeighbors(new float[1000 * 30], 30).Algorithm);
    }

    [Fact]
    public void TooManyNeighboursIsAClearError()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new NearestNeighbors(new float[3 * 2], 2).Query(new float[2], 4));
        Assert.Contains("n_samples_fit = 3", e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// SMOTE's neighbour matrices equal imbalanced-learn's on every bundled table. Sets are compared. A difference could
    /// only be legitimate among tied distances (imbalanced-learn's tree breaks ties by traversal order and ranks float64
    /// sums, we rank float32 sums by index), so a differing row is first checked to differ only by ties (relative 1e-5,
    /// ~100 float32 ulps, above the rounding of a float32 sum of up to 64 squared differences), for a precise message.
    /// </summary>
    [Theory]
    [MemberData(nameof(FixtureData.TableNames), MemberType = typeof(FixtureData))]
    public void SmoteNeighborsMatchImbalancedLearn(string table)
    {
        var data = FixtureData.Table(table);
        var reference = FixtureData.Json(table).GetProperty("samplers").GetProperty("smote_neighbors");
        int exact = 0, total = 0;
        foreach (var cls in reference.EnumerateObject())
        {
            int label = int.Parse(cls.Name, System.Globalization.CultureInfo.InvariantCulture);
            var expected = FixtureData.Matrix(cls.Value);
            var ours = new Smote().Neighbors(data, label);
            var rows = data.RowsOfClass(label);
            int k = expected[0].Length;
            for (int i = 0; i < expected.Length; i++)
            {
                var mine = ours.AsSpan(i * k, k).ToArray();
                total++;
                if (mine.ToHashSet().SetEquals(expected[i]))
                {
                    exact++;
                    continue;
                }

                var q = data.NumericRow(rows[i]).ToArray();
                var dm = mine.Select(j => FixtureData.Distance(q, data.NumericRow(rows[j]))).Order().ToArray();
                var de = expected[i].Select(j => FixtureData.Distance(q, data.NumericRow(rows[j]))).Order().ToArray();
                for (int j = 0; j < k; j++)
                {
                    Assert.True(Math.Abs(dm[j] - de[j]) <= 1e-5 * Math.Max(dm[j], de[j]) + 1e-12,
                        $"{table} class {label} row {i}: neighbour {j} at {dm[j]} vs imbalanced-learn's {de[j]} is not a tie");
                }
            }
        }

        // On the committed fixtures no row even needs the tie allowance: every set is identical.
        Assert.True(exact == total, $"{table}: {total - exact} of {total} neighbour sets differ (only by ties)");
    }
}
