using SharpAugment.Imaging;

namespace SharpAugment.Geometry;

/// <summary>The resampling of a plan that changes nothing (a quarter turn by zero, a perspective whose corners admit no warp).</summary>
public sealed record KeepResampling : Resampling
{
    private KeepResampling()
    {
    }

    /// <summary>The one instance.</summary>
    public static KeepResampling Instance { get; } = new();

    /// <inheritdoc/>
    internal override bool Keeps(GeometricPlan plan, int width, int height) => true;

    /// <inheritdoc/>
    internal override Image<T> Resample<T>(Image<T> image, GeometricPlan plan, bool mask) => image;
}
