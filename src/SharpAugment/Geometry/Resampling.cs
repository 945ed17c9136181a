using SharpAugment.Imaging;

namespace SharpAugment.Geometry;

/// <summary>How a <see cref="GeometricPlan"/> reads pixels: the plan's matrix says where every point goes, the resampling how the image and masks get there (a warp, an exact rearrangement, a window copy, a separable resize).</summary>
public abstract record Resampling
{
    /// <summary>Whether the plan leaves the sample exactly as it is (a resize to the same size), so nothing moves.</summary>
    internal virtual bool Keeps(GeometricPlan plan, int width, int height) => false;

    /// <summary>Whether the image can be read straight through the plan's first step (the crop of a crop-resize) in one pass; otherwise the steps run one after the other.</summary>
    internal virtual bool Fuses(GeometricPlan plan, int width, int height) => false;

    /// <summary>The image (or, with <paramref name="mask"/>, a class-id mask: nearest, never blended) on the plan's output canvas.</summary>
    internal abstract Image<T> Resample<T>(Image<T> image, GeometricPlan plan, bool mask)
        where T : unmanaged;
}
