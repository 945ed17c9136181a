using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Tests.Augmenters;

public class TabularRotateTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddTabularTransforms();

    [Fact]
    public void EachRowTurnsAboutTheCentreByItsOwnAngleWithinTheRangeAndOtherColumnsStay()
    {
        var data = FixtureData.Table("wine");
        var before = (float[])data.Numeric.Clone();
        var rotate = Registry.Parse<TabularDataset>("tabular_rotate(angle=5..25, columns=[3, 1], center=[20, 2.5])");
        var tape = new List<SampledStep>();
        var result = rotate.Apply(data, new AugmentContext(new Rng(4), tape));
        Assert.Equal(before, data.Numeric);
        Assert.Equal(data.Labels, result.Labels);
        Assert.Equal(result.Numeric, rotate.Apply(data, AugmentContext.ForReplay(tape)).Numeric);

        int d = data.NumericColumns;
        var angles = new List<double>();
        for (int r = 0; r < data.Rows; r++)
        {
            for (int f = 0; f < d; f++)
            {
                if (f is not (3 or 1))
                {
                    Assert.Equal(data.Numeric[r * d + f], result.Numeric[r * d + f]);
                }
            }

            // Column 3 is x and column 1 is y: the radius about (20, 2.5) is kept, the angle grows counter-clockwise.
            double x0 = data.Numeric[r * d + 3] - 20, y0 = data.Numeric[r * d + 1] - 2.5;
            double x1 = result.Numeric[r * d + 3] - 20, y1 = result.Numeric[r * d + 1] - 2.5;
            double radius = Math.Sqrt(x0 * x0 + y0 * y0);
            Assert.Equal(radius, Math.Sqrt(x1 * x1 + y1 * y1), 1e-3 * Math.Max(1, radius));
            if (radius < 0.05)
            {
                continue;
            }

            double turn = Math.IEEERemainder(Math.Atan2(y1, x1) - Math.Atan2(y0, x0), 2 * Math.PI) * 180 / Math.PI;
            Assert.InRange(turn, 5 - 0.05, 25 + 0.05);
            angles.Add(turn);
        }

        // One angle per row, spread over the range (178 rows of U(5, 25): the spread exceeds 15 degrees).
        Assert.True(angles.Max() - angles.Min() > 15);
    }

    [Fact]
    public void AConstantAngleIsAnExactRotationOfEveryRow()
    {
        var data = new TabularDataset([1, 0, 0, 2, -3, -4], 2, [0, 1, 1]);
        var result = Registry.Parse<TabularDataset>("tabular_rotate(angle=90)").Apply(data, new AugmentContext(new Rng(1)));
        float[] expected = [0, 1, -2, 0, 4, -3];
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], result.Numeric[i], 1e-5);
        }
    }

    [Fact]
    public void BadParametersNameTheTransformAndTheRange()
    {
        Assert.Contains("tabular_rotate: parameter 'columns'", Assert.ThrowsAny<ArgumentException>(() => Registry.Parse<TabularDataset>("tabular_rotate(columns=[1, 1])")).Message);
        Assert.Contains("tabular_rotate: parameter 'center'", Assert.ThrowsAny<ArgumentException>(() => Registry.Parse<TabularDataset>("tabular_rotate(center=[1])")).Message);
        var narrow = Registry.Parse<TabularDataset>("tabular_rotate(columns=[0, 5])");
        var e = Assert.ThrowsAny<ArgumentException>(() => narrow.Apply(new TabularDataset([1, 2], 2, [0]), new AugmentContext(new Rng(1))));
        Assert.Contains("below the table's 2 numeric column(s)", e.Message);
        Assert.Equal("tabular_rotate(angle=-20..20, columns=[2, 0])", Registry.Parse<TabularDataset>("tabular_rotate(angle=-20..20, columns=[2, 0])").ToSpec().ToString());
    }
}
