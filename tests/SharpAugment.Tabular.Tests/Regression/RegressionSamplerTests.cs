using System.Globalization;
using SharpAugment.Randomness;
using SharpAugment.Tabular.Regression;

namespace SharpAugment.Tabular.Tests.Regression;

/// <summary>SMOTER and SMOGN on sklearn's diabetes table: bumps, counts and where every new row lies.</summary>
public class RegressionSamplerTests
{
    private const int Target = 10;

    /// <summary>Relevance 0 up to the median of the target, 1 from 250 up (about the top 10%).</summary>
    private static readonly Relevance HighTargets = new([(140.5, 0), (250, 1)]);

    private static TabularDataset Diabetes()
    {
        var lines = File.ReadAllLines(FixtureData.PathOf("diabetes.csv")).Skip(1).ToArray();
        var values = lines.SelectMany(l => l.Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture))).ToArray();
        return new TabularDataset(values, 11, new int[lines.Length]);
    }

    [Fact]
    public void RelevanceIsZeroAtTheMedianOneBeyondTheWhiskersAndMonotoneBetween()
    {
        var y = new float[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100 };
        var phi = Relevance.FromBoxPlot(y);
        Assert.Equal([(6.0, 0.0), (10.0, 1.0)], phi.Points);
        Assert.Equal(0, phi.Of(6));
        Assert.Equal(1, phi.Of(100));
        Assert.Equal(0, phi.Of(1));
        double last = 0;
        for (double v = 6; v <= 10; v += 0.25)
        {
            Assert.True(phi.Of(v) >= last);
            last = phi.Of(v);
        }

        Assert.Equal(0.5, phi.Of(8), 12);
    }

    [Fact]
    public void BumpsPartitionTheRowsInTargetOrder()
    {
        var data = Diabetes();
        var (bumps, rare) = new Smoter { Relevance = HighTargets }.Bumps(data, Target);
        Assert.Equal(Enumerable.Range(0, data.Rows), bumps.SelectMany(b => b).Order());
        Assert.Equal([false, true], rare);
        Assert.All(bumps[1], i => Assert.True(HighTargets.Of(data.Numeric[i * 11 + Target]) >= 0.5));
        Assert.All(bumps[0], i => Assert.True(HighTargets.Of(data.Numeric[i * 11 + Target]) < 0.5));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SmoterRowsLieOnSegmentsToSameBumpNeighboursAndBalanceTheBumps(bool keepNormal)
    {
        var data = Diabetes();
        var sampler = new Smoter { Relevance = HighTargets, UnderSampleNormal = !keepNormal };
        var (bumps, _) = sampler.Bumps(data, Target);
        var result = sampler.Resample(data, Target, new Rng(4));
        int balanced = (int)Math.Round(data.Rows / 2.0);
        Assert.Equal(balanced - bumps[1].Length, result.SyntheticRows);
        Assert.Equal(keepNormal ? data.Rows : bumps[1].Length + balanced, result.OriginalRows);
        var rareRows = bumps[1].ToHashSet();
        for (int j = 0; j < result.SyntheticRows; j++)
        {
            int b = result.BaseRows[j], n = result.NeighborRows[j];
            Assert.Contains(b, rareRows);
            Assert.Contains(n, rareRows);
            AssertOnSegment(data.NumericRow(b), data.NumericRow(n), result.Data.NumericRow(result.OriginalRows + j));
            Assert.Contains(n, KNearestInBump(data, bumps[1], b, 5));
        }
    }

    [Fact]
    public void SmognRowsAreSafeInterpolationsOrSmallNoiseAroundARareRow()
    {
        var data = Diabetes();
        var sampler = new Smogn { Relevance = HighTargets, OverSamplingFactor = 3 };
        var (bumps, _) = sampler.Bumps(data, Target);
        var result = sampler.Resample(data, Target, new Rng(8));
        Assert.Equal(data.Rows, result.OriginalRows);
        Assert.Equal(2 * bumps[1].Length, result.SyntheticRows);
        var std = Enumerable.Range(0, 11).Select(f => Std(data, f)).ToArray();
        int noise = 0;
        for (int j = 0; j < result.SyntheticRows; j++)
        {
            int b = result.BaseRows[j], n = result.NeighborRows[j];
            var row = result.Data.NumericRow(result.OriginalRows + j);
            if (n >= 0)
            {
                AssertOnSegment(data.NumericRow(b), data.NumericRow(n), row);
            }
            else
            {
                noise++;
                for (int f = 0; f < 11; f++)
                {
                    Assert.True(Math.Abs(row[f] - data.NumericRow(b)[f]) <= 6 * 0.02 * std[f] + 1e-4, $"column {f}");
                }
            }
        }

        Assert.True(noise > 0 && noise < result.SyntheticRows, $"{noise} of {result.SyntheticRows} rows are noise");
    }

    [Fact]
    public void NoRareRegionIsAClearError()
    {
        var e = Assert.Throws<ArgumentException>(() => new Smoter().Resample(Diabetes(), Target, new Rng(0)));
        Assert.Contains("no rare region", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Smogn().Resample(Diabetes(), 11, new Rng(0)));
    }

    private static void AssertOnSegment(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> x)
    {
        double? u = null;
        for (int f = 0; f < a.Length; f++)
        {
            double d = b[f] - a[f];
            if (Math.Abs(d) > 1e-3)
            {
                double t = (x[f] - a[f]) / d;
                Assert.InRange(t, -1e-4, 1 + 1e-4);
                u ??= t;
                Assert.True(Math.Abs(t - u.Value) < 1e-3 + 1e-3 / Math.Abs(d), $"column {f}: step {t} vs {u}");
            }
            else
            {
                Assert.True(Math.Abs(x[f] - a[f]) <= 1e-3, $"column {f}");
            }
        }
    }

    private static int[] KNearestInBump(TabularDataset data, int[] bump, int row, int k)
    {
        double Dist(int i)
        {
            double s = 0;
            for (int f = 0; f < 10; f++)
            {
                double d = (double)data.NumericRow(i)[f] - data.NumericRow(row)[f];
                s += d * d;
            }

            return s;
        }

        // float ranking may swap near ties with double: take one spare
        return [.. bump.Where(i => i != row).OrderBy(Dist).ThenBy(i => i).Take(k + 1)];
    }

    private static double Std(TabularDataset data, int f)
    {
        var v = Enumerable.Range(0, data.Rows).Select(i => (double)data.NumericRow(i)[f]).ToArray();
        double m = v.Average();
        return Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / v.Length);
    }
}
