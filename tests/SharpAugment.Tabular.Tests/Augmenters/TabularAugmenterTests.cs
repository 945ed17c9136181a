using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tabular.Augmenters;

namespace SharpAugment.Tabular.Tests.Augmenters;

public class TabularAugmenterTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddTabularTransforms();

    [Fact]
    public void GaussianNoiseIsScaledPerColumnAndLeavesInputLabelsAndCategoriesAlone()
    {
        var data = FixtureData.Table("breast_cancer_nc");
        var before = (float[])data.Numeric.Clone();
        var noise = Registry.Parse<TabularDataset>("tabular_gaussian_noise(sigma=0.2)");
        var result = noise.Apply(data, new AugmentContext(new Rng(3)));
        Assert.Equal(before, data.Numeric);
        Assert.Equal(data.Labels, result.Labels);
        Assert.Equal(data.Categorical, result.Categorical);
        int d = data.NumericColumns;
        var std = ColumnStats.PopulationStd(data, null);
        foreach (int f in new[] { 0, 3, 29 })
        {
            var deltas = Enumerable.Range(0, data.Rows).Select(r => (double)result.Numeric[r * d + f] - data.Numeric[r * d + f]).ToArray();
            double observed = Math.Sqrt(deltas.Select(x => x * x).Average());
            // 417 normal draws: the sample std lies within 15% of 0.2 x std with probability > 0.999.
            Assert.InRange(observed / (0.2 * std[f]), 0.85, 1.15);
        }
    }

    [Fact]
    public void MixupStaysBetweenTwoRowsOfTheSameClassAndReplays()
    {
        var data = FixtureData.Table("wine");
        var mixup = Registry.Parse<TabularDataset>("tabular_mixup(alpha=0.4)");
        var tape = new List<SampledStep>();
        var result = mixup.Apply(data, new AugmentContext(new Rng(8), tape));
        Assert.Equal(data.Labels, result.Labels);
        Assert.Equal(result.Numeric, mixup.Apply(FixtureData.Table("wine"), AugmentContext.ForReplay(tape)).Numeric);
        Assert.NotEqual(data.Numeric, result.Numeric);
        int d = data.NumericColumns;
        for (int r = 0; r < data.Rows; r++)
        {
            // The row is x = l x_r + (1 - l) x_j with j of the same class: each cell lies within the class's range
            // (0.1% slack for the float rounding of the blend).
            var rows = data.RowsOfClass(data.Labels[r]);
            for (int f = 0; f < d; f++)
            {
                float lo = rows.Min(i => data.Numeric[i * d + f]), hi = rows.Max(i => data.Numeric[i * d + f]);
                Assert.InRange(result.Numeric[r * d + f], lo - 1e-3f * Math.Abs(lo), hi + 1e-3f * Math.Abs(hi));
            }
        }
    }

    [Fact]
    public void ProbabilityZeroReturnsTheInputAndParametersAreValidated()
    {
        var data = FixtureData.Table("iris");
        Assert.Same(data, Registry.Parse<TabularDataset>("tabular_gaussian_noise(p=0)").Apply(data, new AugmentContext(new Rng(1))));
        Assert.ThrowsAny<Exception>(() => Registry.Parse<TabularDataset>("tabular_mixup(alpha=0)"));
        Assert.ThrowsAny<Exception>(() => Registry.Parse<TabularDataset>("tabular_gaussian_noise(sigma=-1)"));
        Assert.Equal("tabular_mixup(alpha=0.4)", Registry.Parse<TabularDataset>("tabular_mixup(alpha=0.4)").ToSpec().ToString());
    }
}
