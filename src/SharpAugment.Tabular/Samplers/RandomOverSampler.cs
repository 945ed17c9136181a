using System.Globalization;
using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// Random oversampling as imbalanced-learn: a bootstrap (uniform with replacement) of each class's rows; with
/// shrinkage, a smoothed bootstrap adding N(0, shrinkage x h x std_class) per numeric feature, where
/// h = (4 / ((d + 2) n))^(1 / (d + 4)) with n the rows of the whole table and std the class's population std.
/// Categorical cells are copied from the bootstrapped row.
/// </summary>
public sealed class RandomOverSampler : OverSampler
{
    /// <inheritdoc/>
    public override string Name => "random";

    /// <summary>One shrinkage factor for every resampled class, or null for the plain bootstrap.</summary>
    public double? Shrinkage { get; init; }

    /// <summary>A shrinkage factor per resampled class (overrides <see cref="Shrinkage"/>).</summary>
    public IReadOnlyDictionary<int, double>? ShrinkagePerClass { get; init; }

    /// <summary>The smoothing constant h of the smoothed bootstrap for a table of <paramref name="rows"/> x <paramref name="features"/>.</summary>
    public static double SmoothingConstant(int rows, int features) =>
        Math.Pow(4.0 / ((features + 2.0) * rows), 1.0 / (features + 4.0));

    private protected override void CheckColumns(TabularDataset data)
    {
        if ((Shrinkage is not null || ShrinkagePerClass is not null) && data.NumericColumns == 0)
        {
            throw new ArgumentException($"{Name}: shrinkage needs numeric columns to smooth; the table has none.");
        }
    }

    private protected override void ResampleCore(TabularDataset data, SortedDictionary<int, int> plan, Rng rng, SyntheticRows output)
    {
        var shrinkage = ResolveShrinkage(data, plan);
        int d = data.NumericColumns;
        double h = SmoothingConstant(data.Rows, d);
        var scale = new double[d];
        foreach (var (label, n) in plan)
        {
            var rows = data.RowsOfClass(label);
            if (shrinkage is not null)
            {
                scale = ColumnStats.PopulationStd(data, rows);
                for (int f = 0; f < d; f++)
                {
                    scale[f] *= shrinkage[label] * h;
                }
            }

            for (int s = 0; s < n; s++)
            {
                int b = rows[rng.Next(rows.Length)];
                int row = output.Add(label, b, -1);
                var x = output.NumericOf(row);
                data.NumericRow(b).CopyTo(x);
                data.CategoricalRow(b).CopyTo(output.CategoricalOf(row));
                if (shrinkage is not null)
                {
                    for (int f = 0; f < d; f++)
                    {
                        x[f] = (float)(x[f] + rng.Normal() * scale[f]);
                    }
                }
            }
        }
    }

    private Dictionary<int, double>? ResolveShrinkage(TabularDataset data, SortedDictionary<int, int> plan)
    {
        if (ShrinkagePerClass is null && Shrinkage is null)
        {
            return null;
        }

        var result = new Dictionary<int, double>();
        var missing = new List<string>();
        foreach (int label in plan.Keys)
        {
            double? value = ShrinkagePerClass is not null
                ? ShrinkagePerClass.TryGetValue(label, out double v) ? v : null
                : Shrinkage;
            if (value is null)
            {
                missing.Add(data.ClassName(label));
                continue;
            }

            if (!(value >= 0) || double.IsInfinity(value.Value))
            {
                throw new ArgumentOutOfRangeException(nameof(Shrinkage), value, $"{Name}: the shrinkage factor needs to be >= 0 and finite. Got {value.Value.ToString(CultureInfo.InvariantCulture)} for class {data.ClassName(label)}.");
            }

            result[label] = value.Value;
        }

        if (missing.Count > 0)
        {
            throw new ArgumentException($"{Name}: shrinkage should contain a shrinkage factor for each class that will be resampled. The missing classes are: {string.Join(", ", missing)}.");
        }

        return result;
    }
}
