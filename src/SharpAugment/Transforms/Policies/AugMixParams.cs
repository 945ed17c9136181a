namespace SharpAugment.Transforms.Policies;

/// <summary>The sampled parameters of <c>augmix</c>: the weight of the original, each chain's weight and its ops.</summary>
/// <param name="OriginalWeight">m[0] of the Dirichlet([alpha, alpha]) draw.</param>
/// <param name="ChainWeights">Dirichlet([alpha] * width) scaled by m[1].</param>
/// <param name="Chains">The ops of each chain.</param>
public sealed record AugMixParams(double OriginalWeight, double[] ChainWeights, AppliedOp[][] Chains);
