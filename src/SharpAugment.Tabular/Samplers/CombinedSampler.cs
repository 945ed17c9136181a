using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Samplers;

/// <summary>
/// Over-sampling followed by cleaning, as imbalanced-learn's SMOTEENN and SMOTETomek: the cleaner runs on the
/// over-sampler's whole output (originals, then synthetic rows, in imbalanced-learn's order), and the result keeps
/// the surviving originals in input order, then the surviving synthetic rows with their provenance.
/// </summary>
public abstract class CombinedSampler : ITableSampler
{
    private protected CombinedSampler()
    {
    }

    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <summary>The over-sampler (imbalanced-learn's smote parameter; default SMOTE with k_neighbors 5).</summary>
    public abstract OverSampler OverSampler { get; }

    /// <summary>The cleaner (imbalanced-learn's enn / tomek parameter; default with sampling_strategy 'all').</summary>
    public abstract UnderSampler Cleaner { get; }

    /// <inheritdoc/>
    public ResampleResult Resample(TabularDataset data, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rng);
        var grown = OverSampler.Resample(data, rng);
        int[] kept;
        try
        {
            kept = Cleaner.KeptRows(grown.Data, rng);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{Name}: {e.Message}", e);
        }

        int n = data.Rows;
        int originals = kept.Count(i => i < n);
        var synthetic = kept[originals..];
        var bases = Array.ConvertAll(synthetic, i => grown.BaseRows[i - n]);
        var neighbors = Array.ConvertAll(synthetic, i => grown.NeighborRows[i - n]);
        var keptOriginals = kept[..originals];
        return new ResampleResult(grown.Data.SelectRows(kept), originals, bases, neighbors, keptOriginals, UnderSampler.Complement(keptOriginals, n));
    }
}
