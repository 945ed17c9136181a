using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Blur;

/// <summary>Albumentations' sample_odd_from_range: bounds below 3 become 3, even bounds the next odd number, then one of the odd sizes uniformly.</summary>
internal static class BlurSampling
{
    public static int OddKernel(IntRange range, Rng rng)
    {
        int lo = Math.Max(3, range.Lo + (range.Lo % 2 == 0 ? 1 : 0));
        int hi = Math.Max(lo, Math.Max(3, range.Hi + (range.Hi % 2 == 0 ? 1 : 0)));
        return lo == hi ? lo : lo + (2 * rng.Next(((hi - lo) / 2) + 1));
    }
}
