namespace SharpAugment.Transforms.Mixing;

/// <summary>What <c>cutmix</c> drew: the clipped box and the label weight recomputed from it.</summary>
/// <param name="Lambda">1 - box area / image area.</param>
/// <param name="Box">The pixels taken from the partner (sample i - 1).</param>
public sealed record CutMixParams(double Lambda, MixBox Box);
