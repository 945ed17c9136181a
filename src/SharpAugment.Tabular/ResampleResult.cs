namespace SharpAugment.Tabular;

/// <summary>
/// The output of an oversampler: every original row first, unchanged and in order, then the synthetic rows, with the
/// provenance of each synthetic row so that callers (and tests) can check how it was made.
/// </summary>
public sealed class ResampleResult
{
    internal ResampleResult(TabularDataset data, int originalRows, int[] baseRows, int[] neighborRows)
    {
        Data = data;
        OriginalRows = originalRows;
        BaseRows = baseRows;
        NeighborRows = neighborRows;
    }

    /// <summary>The resampled table: originals first, then synthetic rows.</summary>
    public TabularDataset Data { get; }

    /// <summary>How many leading rows of <see cref="Data"/> are the original rows.</summary>
    public int OriginalRows { get; }

    /// <summary>Number of synthetic rows.</summary>
    public int SyntheticRows => Data.Rows - OriginalRows;

    /// <summary>For synthetic row j (row OriginalRows + j of Data), the original row it was built from.</summary>
    public int[] BaseRows { get; }

    /// <summary>For synthetic row j, the original row used as neighbour (interpolation end point), or -1 when there is none (random oversampling, SMOTEN).</summary>
    public int[] NeighborRows { get; }

    /// <summary>Whether row <paramref name="row"/> of <see cref="Data"/> is synthetic.</summary>
    public bool IsSynthetic(int row) => row >= OriginalRows;
}
