using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;

namespace SharpAugment.Tabular.Augmenters;

/// <summary>
/// A registered transform of a whole <see cref="TabularDataset"/> that keeps its rows, labels and categorical cells:
/// with probability P it draws one <see cref="TableSeed"/> and rewrites the numeric cells from that seed's stream.
/// </summary>
/// <typeparam name="TOptions">Its options record.</typeparam>
public abstract class TableAugmenter<TOptions> : SampledTransform<TabularDataset, TOptions, TableSeed>
    where TOptions : TransformOptions
{
    /// <summary>Keeps the validated options.</summary>
    protected TableAugmenter(string name, TOptions options)
        : base(name, options)
    {
    }

    /// <inheritdoc/>
    public sealed override TableSeed SampleParams(TabularDataset input, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return new TableSeed(rng.NextUInt64());
    }

    /// <inheritdoc/>
    public sealed override TabularDataset Apply(TabularDataset input, TableSeed parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var numeric = (float[])input.Numeric.Clone();
        Rewrite(input, numeric, new Rng(parameters.Seed));
        return new TabularDataset(numeric, input.NumericColumns, (int[])input.Labels.Clone(), (int[])input.Categorical.Clone(), input.CategoricalColumns)
        {
            ClassNames = input.ClassNames,
        };
    }

    /// <summary>Rewrites <paramref name="numeric"/> (a copy of the input's numeric cells) drawing only from <paramref name="rng"/>.</summary>
    private protected abstract void Rewrite(TabularDataset input, Span<float> numeric, Rng rng);
}
