using SharpAugment.Randomness;

namespace SharpAugment.Tabular;

/// <summary>Anything that resamples a labelled table: over-, under- and combined samplers, so the CLI can run any of them the same way.</summary>
public interface ITableSampler
{
    /// <summary>The name used in error messages and on the command line.</summary>
    string Name { get; }

    /// <summary>Resamples <paramref name="data"/>: kept originals in input order, then synthetic rows.</summary>
    ResampleResult Resample(TabularDataset data, Rng rng);
}
