using SharpAugment.Randomness;
using SharpAugment.Tabular.Samplers;

namespace SharpAugment.Tabular.Tests.Samplers;

/// <summary>Definitions the under-samplers and combined samplers must satisfy whatever the random draws.</summary>
public class UnderSamplerPropertyTests
{
    /// <summary>The nearest other row by brute force in double (smallest index on ties), the definition Tomek links use.</summary>
    private static int Nearest(TabularDataset d, int i)
    {
        int best = -1;
        double bestDist = double.PositiveInfinity;
        for (int j = 0; j < d.Rows; j++)
        {
            double dist = FixtureData.Distance(d.NumericRow(i), d.NumericRow(j));
            if (j != i && dist < bestDist)
            {
                best = j;
                bestDist = dist;
            }
        }

        return best;
    }

    [Theory]
    [InlineData("wine")]
    [InlineData("breast_cancer")]
    public void SmoteTomekRemovesOnlyTomekLinkMembersOfItsOwnSmoteOutput(string table)
    {
        var data = FixtureData.Table(table);
        var combined = new SmoteTomek();
        var result = combined.Resample(data, new Rng(7));
        var grown = new Smote().Resample(data, new Rng(7)).Data;
        var kept = new HashSet<int>(result.KeptRows);
        int removed = 0;
        for (int i = 0; i < grown.Rows; i++)
        {
            bool survived = i < data.Rows ? kept.Contains(i) : true;
            if (!survived)
            {
                int j = Nearest(grown, i);
                Assert.NotEqual(grown.Labels[i], grown.Labels[j]);
                Assert.Equal(i, Nearest(grown, j));
                removed++;
            }
        }

        Assert.Equal(result.RemovedRows.Length, removed);
        Assert.Equal(grown.Rows, result.Data.Rows + result.RemovedRows.Length + (grown.Rows - data.Rows - result.SyntheticRows));
    }

    [Theory]
    [InlineData("wine")]
    [InlineData("breast_cancer")]
    public void SmoteEnnIsEnnOnTheSmoteOutputWithOriginalsFirst(string table)
    {
        var data = FixtureData.Table(table);
        var result = new SmoteEnn().Resample(data, new Rng(11));
        var smote = new Smote().Resample(data, new Rng(11));
        var kept = new EditedNearestNeighbours { SamplingStrategy = SamplingStrategy.All }.KeptRows(smote.Data, new Rng(0));
        Assert.Equal(kept.Where(i => i < data.Rows), result.KeptRows);
        Assert.Equal(kept.Count(i => i >= data.Rows), result.SyntheticRows);
        Assert.Equal(smote.Data.SelectRows(kept).Numeric, result.Data.Numeric);
        Assert.Equal(smote.Data.SelectRows(kept).Labels, result.Data.Labels);
        for (int j = 0; j < result.SyntheticRows; j++)
        {
            Assert.Equal(smote.BaseRows[kept[result.OriginalRows + j] - data.Rows], result.BaseRows[j]);
        }

        Assert.True(result.RemovedRows.Length > 0, "ENN removes some rows of these tables");
        Assert.True(result.KeptRows.Zip(result.KeptRows.Skip(1)).All(p => p.First < p.Second));
    }

    [Fact]
    public void EnnRemovesExactlyTheRowsWhoseNeighboursDisagree()
    {
        var data = FixtureData.Table("wine");
        var result = new EditedNearestNeighbours { SamplingStrategy = SamplingStrategy.All }.Resample(data, new Rng(0));
        var removed = result.RemovedRows.ToHashSet();
        for (int i = 0; i < data.Rows; i++)
        {
            var order = Enumerable.Range(0, data.Rows).Where(j => j != i)
                .OrderBy(j => FixtureData.Distance(data.NumericRow(i), data.NumericRow(j))).ThenBy(j => j).Take(3);
            bool agree = order.All(j => data.Labels[j] == data.Labels[i]);
            Assert.Equal(!agree, removed.Contains(i));
        }
    }

    [Fact]
    public void RandomUnderSamplingKeepsTheTargetsInInputOrder()
    {
        var data = FixtureData.Table("wine");
        foreach (bool replacement in new[] { false, true })
        {
            var result = new RandomUnderSampler { Replacement = replacement }.Resample(data, new Rng(3));
            Assert.All(FixtureData.CountsOf(result.Data).Values, n => Assert.Equal(10, n));
            Assert.True(result.KeptRows.Zip(result.KeptRows.Skip(1)).All(p => p.First <= p.Second));
            for (int i = 0; i < result.Data.Rows; i++)
            {
                Assert.Equal(data.NumericRow(result.KeptRows[i]).ToArray(), result.Data.NumericRow(i).ToArray());
            }

            if (!replacement)
            {
                Assert.Equal(result.KeptRows.Length, result.KeptRows.Distinct().Count());
                Assert.Equal(data.Rows, result.KeptRows.Length + result.RemovedRows.Length);
            }
        }

        var again = new RandomUnderSampler().Resample(data, new Rng(3));
        Assert.Equal(new RandomUnderSampler().Resample(data, new Rng(3)).KeptRows, again.KeptRows);
    }

    [Fact]
    public void ClusterCentroidsSoftVotingWritesCentroidsOfTheShrunkClasses()
    {
        var data = FixtureData.Table("wine");
        var result = new ClusterCentroids().Resample(data, new Rng(2));
        Assert.Equal(data.RowsOfClass(2), result.KeptRows);
        Assert.Equal(20, result.SyntheticRows);
        Assert.All(result.BaseRows, b => Assert.Equal(-1, b));
    }

    [Fact]
    public void BadInputIsRefusedWithTheSamplersName()
    {
        var one = new TabularDataset([1, 2, 3, 4], 1, [0, 0, 0, 0]);
        Assert.Contains("more than 1 class", Assert.Throws<ArgumentException>(() => new TomekLinks().Resample(one, new Rng(0))).Message, StringComparison.Ordinal);
        var tiny = new TabularDataset([1, 2, 3], 1, [0, 1, 1]);
        var e = Assert.Throws<ArgumentException>(() => new EditedNearestNeighbours { NNeighbors = 5 }.Resample(tiny, new Rng(0)));
        Assert.Contains("edited_nearest_neighbours", e.Message, StringComparison.Ordinal);
        Assert.Contains("n_neighbors", e.Message, StringComparison.Ordinal);
        var mixed = new TabularDataset([1, 2, 3, 4], 1, [0, 0, 1, 1], [0, 1, 0, 1], 1);
        Assert.Contains("categorical", Assert.Throws<ArgumentException>(() => new NearMiss().Resample(mixed, new Rng(0))).Message, StringComparison.Ordinal);
        Assert.Equal(3, new RandomUnderSampler().Resample(new TabularDataset([1, 2, 3, 4, 5], 1, [0, 0, 0, 1, 1], [0, 1, 0, 1, 1], 1), new Rng(0)).Data.Rows - 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearMiss { Version = 4 }.Resample(FixtureData.Table("wine"), new Rng(0)));
        Assert.Contains("clean-sampling", Assert.Throws<ArgumentException>(() => new TomekLinks { SamplingStrategy = SamplingStrategy.Ratio(0.5) }.Resample(FixtureData.Table("breast_cancer"), new Rng(0))).Message, StringComparison.Ordinal);
    }
}
