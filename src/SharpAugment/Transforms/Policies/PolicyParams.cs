namespace SharpAugment.Transforms.Policies;

/// <summary>The sampled steps of a policy, applied in order (AutoAugment, RandAugment, TrivialAugment, timm RandAugment).</summary>
/// <param name="Ops">The ops actually applied.</param>
public sealed record PolicyParams(AppliedOp[] Ops);
