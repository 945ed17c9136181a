using SharpAugment.Imaging;

namespace SharpAugment.Transforms.Mixing;

/// <summary>The result of mixing two examples: the image, the mixed label, the weight of the first example and, for CutMix, the pasted box.</summary>
/// <param name="Image">The mixed image (a new image; the inputs are untouched).</param>
/// <param name="Label">lambda * y1 + (1 - lambda) * y2.</param>
/// <param name="Lambda">The weight of the first example (for CutMix, recomputed from the clipped box).</param>
/// <param name="Box">The box filled from the second example (CutMix), or null (Mixup).</param>
public sealed record MixedPair(IImage Image, float[] Label, double Lambda, MixBox? Box);
