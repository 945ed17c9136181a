namespace SharpAugment.Transforms.Blur;

/// <summary>How <c>glass_blur</c> swaps pixels (Albumentations' mode).</summary>
public enum GlassBlurMode
{
    /// <summary>All swaps of an iteration at once, as NumPy's fancy-indexed assignment (later writes win).</summary>
    Fast,

    /// <summary>One swap after another.</summary>
    Exact,
}
