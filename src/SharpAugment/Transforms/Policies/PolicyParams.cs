namespace SharpAugment.Transforms.Policies;

/// <summary>The sampled steps of a policy, applied in order (AutoAugment, RandAugment, TrivialAugment, timm RandAugment).</summary>
/// <param name="Ops">The ops actually applied.</param>
/// <param name="SubPolicy">AutoAugment's chosen sub-policy index, or -1 for the other policies.</param>
public sealed record PolicyParams(AppliedOp[] Ops, int SubPolicy = -1);
