namespace SharpAugment.Transforms.Policies;

/// <summary>One AutoAugment sub-policy: two ops, each with its probability and magnitude bin (-1 for ops without magnitude).</summary>
/// <param name="Op1">First op.</param>
/// <param name="P1">Its probability.</param>
/// <param name="Bin1">Its bin.</param>
/// <param name="Op2">Second op.</param>
/// <param name="P2">Its probability.</param>
/// <param name="Bin2">Its bin.</param>
public sealed record SubPolicy(PolicyOp Op1, double P1, int Bin1, PolicyOp Op2, double P2, int Bin2);
