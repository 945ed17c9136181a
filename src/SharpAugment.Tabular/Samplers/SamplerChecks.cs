namespace SharpAugment.Tabular.Samplers;

/// <summary>The input checks every sampler shares, so that each refuses bad input with the same kind of message naming itself.</summary>
internal static class SamplerChecks
{
    /// <summary>Distances need numbers: refuses tables without numeric columns or with categorical ones.</summary>
    public static void NumericOnly(string name, TabularDataset data, string advice)
    {
        if (data.NumericColumns == 0)
        {
            throw new ArgumentException($"{name}: the table has no numeric column to measure distances on.");
        }

        if (data.CategoricalColumns > 0)
        {
            throw new ArgumentException($"{name}: the table has {data.CategoricalColumns} categorical column(s); {advice}.");
        }
    }

    /// <summary>Refuses a neighbour count or similar below 1.</summary>
    public static void Positive(string name, string parameter, int value)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{name}: {parameter} must be >= 1, got {value}.");
        }
    }

    /// <summary>Refuses a neighbour query for more rows than the searched set holds (sklearn's "Expected n_neighbors &lt;= n_samples").</summary>
    public static void EnoughRows(string name, string what, int rows, int needed, string parameter, int value)
    {
        if (rows < needed)
        {
            throw new ArgumentException($"{name}: {what} has {rows} row(s), fewer than the {needed} the neighbour search needs ({parameter} = {value}); lower {parameter}.");
        }
    }
}
