namespace SharpAugment.Tabular.Neighbors;

/// <summary>How <see cref="NearestNeighbors"/> searches; every choice returns the same exact answer.</summary>
public enum NeighborAlgorithm
{
    /// <summary>KD-tree for few dimensions, blocked SIMD brute force otherwise.</summary>
    Auto,

    /// <summary>Blocked SIMD brute force: every distance computed, best for many dimensions.</summary>
    BruteForce,

    /// <summary>KD-tree with exact pruning: best for few dimensions.</summary>
    KdTree,
}
