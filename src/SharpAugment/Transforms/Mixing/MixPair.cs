using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Mixing;

/// <summary>Mixup and CutMix of one pair of examples, as in the papers: images of one size and type, labels as probability rows.</summary>
public static class MixPair
{
    /// <summary>Mixup: lambda ~ Beta(alpha, alpha), image lambda * x1 + (1 - lambda) * x2 (rounded for bytes), label likewise.</summary>
    public static MixedPair Mixup(IImage x1, ReadOnlySpan<float> y1, IImage x2, ReadOnlySpan<float> y2, double alpha, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        CheckAlpha("mixup", alpha);
        return MixupWithLambda(x1, y1, x2, y2, rng.Beta(alpha, alpha));
    }

    /// <summary>Mixup with a given weight of the first example.</summary>
    public static MixedPair MixupWithLambda(IImage x1, ReadOnlySpan<float> y1, IImage x2, ReadOnlySpan<float> y2, double lambda)
    {
        CheckPair("mixup", x1, x2);
        CheckLambda("mixup", lambda);
        var label = new float[y1.Length];
        SoftLabels.Mix(y1, y2, lambda, label);
        return new MixedPair(SampleMixing.BlendImages(x1, x2, lambda), label, lambda, null);
    }

    /// <summary>CutMix: lambda ~ Beta(alpha, alpha), torchvision's box for it, x1 with x2 inside the box; the label weight is 1 - box area / image area after clipping.</summary>
    public static MixedPair CutMix(IImage x1, ReadOnlySpan<float> y1, IImage x2, ReadOnlySpan<float> y2, double alpha, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        CheckAlpha("cutmix", alpha);
        CheckPair("cutmix", x1, x2);
        double lambda = rng.Beta(alpha, alpha);
        return CutMixWithBox(x1, y1, x2, y2, CutMixBoxes.Torchvision(x1.Width, x1.Height, lambda, rng));
    }

    /// <summary>CutMix with a given box (clipped to the image first).</summary>
    public static MixedPair CutMixWithBox(IImage x1, ReadOnlySpan<float> y1, IImage x2, ReadOnlySpan<float> y2, MixBox box)
    {
        CheckPair("cutmix", x1, x2);
        var clipped = new MixBox(
            Math.Clamp(box.XMin, 0, x1.Width), Math.Clamp(box.YMin, 0, x1.Height),
            Math.Clamp(box.XMax, 0, x1.Width), Math.Clamp(box.YMax, 0, x1.Height));
        double lambda = clipped.KeptFraction(x1.Width, x1.Height);
        var label = new float[y1.Length];
        SoftLabels.Mix(y1, y2, lambda, label);
        return new MixedPair(SampleMixing.PasteImage(x1, x2, clipped), label, lambda, clipped);
    }

    internal static void CheckAlpha(string transform, double alpha)
    {
        if (!(alpha > 0) || double.IsInfinity(alpha))
        {
            throw new Pipelines.TransformParameterException(transform, "alpha", alpha.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "a positive finite number");
        }
    }

    private static void CheckLambda(string transform, double lambda)
    {
        if (!(lambda >= 0 && lambda <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, $"{transform}: lambda must be in [0, 1].");
        }
    }

    private static void CheckPair(string transform, IImage x1, IImage x2)
    {
        ArgumentNullException.ThrowIfNull(x1);
        ArgumentNullException.ThrowIfNull(x2);
        if (x1.Width != x2.Width || x1.Height != x2.Height || x1.Channels != x2.Channels || x1.Depth != x2.Depth)
        {
            throw new ArgumentException($"{transform}: images must have one size and type; got {x1.Width}x{x1.Height}x{x1.Channels} {x1.Depth} and {x2.Width}x{x2.Height}x{x2.Channels} {x2.Depth}.");
        }
    }
}
