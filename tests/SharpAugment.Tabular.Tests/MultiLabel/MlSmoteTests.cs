using SharpAugment.Randomness;
using SharpAugment.Tabular.MultiLabel;
using SharpAugment.Tabular.Neighbors;

namespace SharpAugment.Tabular.Tests.MultiLabel;

/// <summary>MLSMOTE on the imbalanced digits with four label columns derived from the digit (even, prime, at least 7, zero).</summary>
public class MlSmoteTests
{
    private static readonly int[] Labels = [64, 65, 66, 67];

    private static TabularDataset Digits()
    {
        var d = FixtureData.Table("digits");
        var values = new List<float>();
        for (int i = 0; i < d.Rows; i++)
        {
            int y = d.Labels[i];
            values.AddRange(d.NumericRow(i).ToArray());
            values.AddRange([y % 2 == 0 ? 1 : 0, y is 2 or 3 or 5 or 7 ? 1 : 0, y >= 7 ? 1 : 0, y == 0 ? 1 : 0]);
        }

        return new TabularDataset([.. values], 68, new int[d.Rows]);
    }

    private static int[] Bag(TabularDataset data, int column) => [.. Enumerable.Range(0, data.Rows).Where(i => data.NumericRow(i)[column] == 1)];

    [Fact]
    public void MinorityLabelsAreThoseAboveTheMeanImbalanceRatio()
    {
        var data = Digits();
        var counts = Labels.Select(c => Bag(data, c).Length).ToArray();
        var ir = new MlSmote().ImbalanceRatios(data, Labels);
        Assert.Equal(counts.Select(n => (double)counts.Max() / n), ir);
        Assert.Equal(Enumerable.Range(0, 4).Where(l => ir[l] > ir.Average()), new MlSmote().MinorityLabels(data, Labels));
        Assert.NotEmpty(new MlSmote().MinorityLabels(data, Labels));
    }

    [Fact]
    public void EveryNewRowInterpolatesTowardsANeighbourCarryingTheLabelAndRanksTheLabelSet()
    {
        var data = Digits();
        var sampler = new MlSmote();
        var result = sampler.Resample(data, Labels, new Rng(6));
        Assert.Equal(data.Numeric, result.Data.Numeric.AsSpan(0, data.Numeric.Length).ToArray());
        int j = 0;
        const int k = 5;
        foreach (int l in sampler.MinorityLabels(data, Labels))
        {
            var bag = Bag(data, Labels[l]);
            var x = bag.SelectMany(i => data.NumericRow(i)[..64].ToArray()).ToArray();
            var nn = new NearestNeighbors(x, 64).QueryAll(k + 1);
            for (int s = 0; s < bag.Length; s++, j++)
            {
                Assert.Equal(bag[s], result.BaseRows[j]);
                var around = nn.AsSpan(s * (k + 1) + 1, k).ToArray().Select(i => bag[i]).ToArray();
                Assert.Contains(result.NeighborRows[j], around);
                var row = result.Data.NumericRow(result.OriginalRows + j);
                var a = data.NumericRow(bag[s]);
                var b = data.NumericRow(result.NeighborRows[j]);
                double? u = null;
                for (int f = 0; f < 64; f++)
                {
                    if (a[f] != b[f])
                    {
                        double t = (row[f] - a[f]) / (b[f] - a[f]);
                        Assert.InRange(t, -1e-5, 1 + 1e-5);
                        u ??= t;
                        Assert.Equal(u.Value, t, 4);
                    }
                    else
                    {
                        Assert.Equal(a[f], row[f]);
                    }
                }

                for (int c = 0; c < 4; c++)
                {
                    int votes = (int)a[Labels[c]] + around.Count(i => data.NumericRow(i)[Labels[c]] == 1);
                    Assert.Equal(2 * votes > k + 1 ? 1f : 0f, row[Labels[c]]);
                }

                Assert.Equal(1f, row[Labels[l]]);
            }
        }

        Assert.Equal(j, result.SyntheticRows);
    }

    [Fact]
    public void BadLabelColumnsAreRefused()
    {
        var data = Digits();
        Assert.Contains("0 or 1", Assert.Throws<ArgumentException>(() => new MlSmote().Resample(data, [10, 64], new Rng(0))).Message, StringComparison.Ordinal);
        Assert.Contains("at least two", Assert.Throws<ArgumentException>(() => new MlSmote().Resample(data, [64], new Rng(0))).Message, StringComparison.Ordinal);
    }
}
