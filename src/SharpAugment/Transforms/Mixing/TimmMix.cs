namespace SharpAugment.Transforms.Mixing;

/// <summary>One draw of timm's Mixup: the weight of the sample itself and, for CutMix, the pasted box.</summary>
/// <param name="Lambda">The weight kept (1 means unmixed); for CutMix, corrected from the box when correct_lam.</param>
/// <param name="Box">The box taken from the partner, or null for Mixup or no mixing.</param>
public sealed record TimmMix(double Lambda, MixBox? Box);
