namespace SharpAugment.Tabular.Samplers;

/// <summary>What cluster centroids puts in the table (imbalanced-learn's voting; 'auto' is soft for dense tables).</summary>
public enum CentroidVoting
{
    /// <summary>'soft': the k-means centroids themselves, as new rows.</summary>
    Soft,

    /// <summary>'hard': the real class row nearest to each centroid (a row can be chosen twice).</summary>
    Hard,
}
