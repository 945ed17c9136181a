namespace SharpAugment.Transforms.Mixing;

/// <summary>How timm's Mixup draws lambdas: one for the batch, one per mirrored pair, or one per sample.</summary>
public enum MixMode
{
    /// <summary>One lambda and one choice of Mixup or CutMix for the whole batch.</summary>
    Batch,

    /// <summary>One draw per pair (i, N-1-i), applied to both members symmetrically; the batch size must be even.</summary>
    Pair,

    /// <summary>One draw per sample, each mixed with sample N-1-i.</summary>
    Elem,
}
