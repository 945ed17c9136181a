using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Mixing;

/// <summary>The box samplers of CutMix: torchvision v2's and timm's (lambda-driven, or by min/max side ratios), each returning the clipped box.</summary>
public static class CutMixBoxes
{
    /// <summary>torchvision v2: centre uniform over the pixels, half sides int(0.5 * sqrt(1 - lambda) * side), clipped.</summary>
    public static MixBox Torchvision(int width, int height, double lambda, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        CheckSize(width, height);
        int rx = rng.Next(width);
        int ry = rng.Next(height);
        double r = 0.5 * Math.Sqrt(1.0 - lambda);
        int halfW = (int)(r * width);
        int halfH = (int)(r * height);
        return new MixBox(Math.Max(rx - halfW, 0), Math.Max(ry - halfH, 0), Math.Min(rx + halfW, width), Math.Min(ry + halfH, height));
    }

    /// <summary>timm's rand_bbox: cut sides int(sqrt(1 - lambda) * side), centre uniform, corners centre -/+ cut // 2, clipped.</summary>
    public static MixBox Timm(int width, int height, double lambda, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        CheckSize(width, height);
        double ratio = Math.Sqrt(1.0 - lambda);
        int cutH = (int)(height * ratio);
        int cutW = (int)(width * ratio);
        int cy = rng.Next(height);
        int cx = rng.Next(width);
        return new MixBox(
            Math.Clamp(cx - cutW / 2, 0, width), Math.Clamp(cy - cutH / 2, 0, height),
            Math.Clamp(cx + cutW / 2, 0, width), Math.Clamp(cy + cutH / 2, 0, height));
    }

    /// <summary>timm's rand_bbox_minmax: cut sides uniform in [int(side * min), int(side * max)), placed wholly inside the image.</summary>
    public static MixBox TimmMinMax(int width, int height, double minRatio, double maxRatio, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        CheckSize(width, height);
        int cutH = RandInt(rng, (int)(height * minRatio), (int)(height * maxRatio));
        int cutW = RandInt(rng, (int)(width * minRatio), (int)(width * maxRatio));
        int yl = RandInt(rng, 0, height - cutH);
        int xl = RandInt(rng, 0, width - cutW);
        return new MixBox(xl, yl, xl + cutW, yl + cutH);
    }

    // numpy's randint(lo, hi) requires hi > lo; an empty range (tiny images) degenerates to lo instead of failing.
    private static int RandInt(Rng rng, int lo, int hiExclusive) => hiExclusive > lo ? rng.Next(lo, hiExclusive) : lo;

    private static void CheckSize(int width, int height)
    {
        if (width < 1 || height < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"CutMix: image size {width}x{height} must be at least 1x1.");
        }
    }
}
