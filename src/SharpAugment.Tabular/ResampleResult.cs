namespace SharpAugment.Tabular;

/// <summary>
/// The output of a sampler: the kept original rows first, unchanged and in input order, then the synthetic rows, with
/// the provenance of each synthetic row and the input rows that were removed, so that callers (and tests) can check
/// how it was made. An oversampler keeps every row; an under-sampler adds none (cluster centroids with soft voting
/// and the combined samplers do both).
/// </summary>
public sealed class ResampleResult
{
    internal ResampleResult(TabularDataset data, int originalRows, int[] baseRows, int[] neighborRows, int[]? keptRows = null, int[]? removedRows = null)
    {
        Data = data;
        OriginalRows = originalRows;
        BaseRows = baseRows;
        NeighborRows = neighborRows;
        KeptRows = keptRows ?? Enumerable.Range(0, originalRows).ToArray();
        RemovedRows = removedRows ?? [];
    }

    /// <summary>The resampled table: kept originals first, then synthetic rows.</summary>
    public TabularDataset Data { get; }

    /// <summary>How many leading rows of <see cref="Data"/> are original rows.</summary>
    public int OriginalRows { get; }

    /// <summary>For each leading original row of <see cref="Data"/>, its row in the input table (ascending; a row drawn twice appears twice).</summary>
    public int[] KeptRows { get; }

    /// <summary>The input rows that were not kept, ascending (what <c>--report</c> writes).</summary>
    public int[] RemovedRows { get; }

    /// <summary>Number of synthetic rows.</summary>
    public int SyntheticRows => Data.Rows - OriginalRows;

    /// <summary>For synthetic row j (row OriginalRows + j of Data), the input row it was built from (-1 for a k-means centroid).</summary>
    public int[] BaseRows { get; }

    /// <summary>For synthetic row j, the original row used as neighbour (interpolation end point), or -1 when there is none (random oversampling, SMOTEN).</summary>
    public int[] NeighborRows { get; }

    /// <summary>The same table and provenance, recorded as made from the given input rows.</summary>
    internal ResampleResult WithSelection(int[] keptRows, int[] removedRows) => new(Data, OriginalRows, BaseRows, NeighborRows, keptRows, removedRows);

    /// <summary>Whether row <paramref name="row"/> of <see cref="Data"/> is synthetic.</summary>
    public bool IsSynthetic(int row) => row >= OriginalRows;
}
