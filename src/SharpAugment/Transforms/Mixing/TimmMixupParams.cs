namespace SharpAugment.Transforms.Mixing;

/// <summary>What <c>timm_mixup</c> drew: one entry for the batch, per pair (i, N-1-i) or per element.</summary>
/// <param name="Mixes">The draws in order.</param>
public sealed record TimmMixupParams(IReadOnlyList<TimmMix> Mixes);
