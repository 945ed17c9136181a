using SharpAugment.Imaging;

namespace SharpAugment.Geometry;

/// <summary>Moves pixels exactly, by copying (flips, quarter turns, transpose): no interpolation, no fill.</summary>
/// <param name="Map">The rearrangement.</param>
public sealed record RearrangeResampling(PixelMap Map) : Resampling
{
    /// <inheritdoc/>
    internal override Image<T> Resample<T>(Image<T> image, GeometricPlan plan, bool mask) => PixelMaps.Image(image, Map);
}
