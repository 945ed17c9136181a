using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// The common shape of every oversampler: resolve <see cref="SamplingStrategy"/> to new rows per class, then make
/// them class by class in label order (as imbalanced-learn iterates its sorted sampling_strategy_), drawing only from
/// the given <see cref="Rng"/>.
/// </summary>
public abstract class OverSampler : ITableSampler
{
    private protected OverSampler()
    {
    }

    /// <summary>The name used in error messages and on the command line.</summary>
    public abstract string Name { get; }

    /// <summary>Which classes grow and by how much.</summary>
    public SamplingStrategy SamplingStrategy { get; init; } = SamplingStrategy.Auto;

    /// <summary>New rows per class that <see cref="SamplingStrategy"/> asks for on this table.</summary>
    public SortedDictionary<int, int> Plan(TabularDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            return SamplingStrategy.Resolve(data.ClassCounts());
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{Name}: {e.Message}", e);
        }
    }

    /// <summary>Returns the original rows unchanged, followed by the synthetic rows.</summary>
    public ResampleResult Resample(TabularDataset data, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rng);
        CheckColumns(data);
        var plan = Plan(data);
        var output = new SyntheticRows(data);
        int total = 0;
        foreach (int n in plan.Values)
        {
            total += n;
        }

        output.Reserve(total);
        ResampleCore(data, plan, rng, output);
        return output.Build();
    }

    private protected abstract void CheckColumns(TabularDataset data);

    private protected abstract void ResampleCore(TabularDataset data, SortedDictionary<int, int> plan, Rng rng, SyntheticRows output);

    private protected void RequireNumericOnly(TabularDataset data) => SamplerChecks.NumericOnly(Name, data, "use smotenc for mixed tables or smoten for categorical-only tables");

    private protected void RequireRows(TabularDataset data, int label, int classRows, int needed, string parameter, int value)
    {
        if (classRows < needed)
        {
            throw new ArgumentException($"{Name}: class {data.ClassName(label)} has {classRows} row(s), fewer than {parameter} + 1 = {needed} ({parameter} = {value}); lower {parameter} or drop the class.");
        }
    }

    /// <summary>The rows of a class, after checking that k is positive and the class has at least k + 1 rows.</summary>
    private protected int[] ClassRows(TabularDataset data, int label, int k, string parameter)
    {
        RequirePositive(parameter, k);
        var rows = data.RowsOfClass(label);
        RequireRows(data, label, rows.Length, k + 1, parameter, k);
        return rows;
    }

    /// <summary>
    /// For each class row, how many of its m nearest rows in the whole table (self dropped, as imbalanced-learn's
    /// kneighbors(X)[:, 1:]) belong to another class: the statistic behind Borderline-SMOTE's danger test and ADASYN's weights.
    /// </summary>
    private protected int[] OtherClassNeighbors(TabularDataset data, int[] rows, int label, int m, string parameter, Neighbors.NeighborAlgorithm algorithm)
    {
        RequirePositive(parameter, m);
        if (data.Rows < m + 1)
        {
            throw new ArgumentException($"{Name}: the table has {data.Rows} row(s), fewer than {parameter} + 1 = {m + 1}.");
        }

        var nn = new Neighbors.NearestNeighbors(data.Numeric, data.NumericColumns, algorithm);
        var found = nn.Query(data.GatherNumeric(rows), m + 1);
        var other = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            for (int j = 1; j <= m; j++)
            {
                if (data.Labels[found[i * (m + 1) + j]] != label)
                {
                    other[i]++;
                }
            }
        }

        return other;
    }

    private protected void RequirePositive(string parameter, int value) => SamplerChecks.Positive(Name, parameter, value);
}
