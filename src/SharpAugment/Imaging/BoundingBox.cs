namespace SharpAugment.Imaging;

/// <summary>A box in the one internal format: absolute pixel corners, x_max and y_max exclusive edges, with a class label.</summary>
/// <param name="XMin">Left edge in pixels.</param>
/// <param name="YMin">Top edge in pixels.</param>
/// <param name="XMax">Right edge in pixels.</param>
/// <param name="YMax">Bottom edge in pixels.</param>
/// <param name="Label">The class id carried with the box.</param>
public readonly record struct BoundingBox(float XMin, float YMin, float XMax, float YMax, int Label = 0)
{
    /// <summary>Width (zero for an empty box).</summary>
    public float Width => Math.Max(0, XMax - XMin);

    /// <summary>Height (zero for an empty box).</summary>
    public float Height => Math.Max(0, YMax - YMin);

    /// <summary>Area in square pixels.</summary>
    public float Area => Width * Height;

    /// <summary>The box clipped to a width x height canvas.</summary>
    public BoundingBox Clip(int width, int height) =>
        new(Math.Clamp(XMin, 0, width), Math.Clamp(YMin, 0, height), Math.Clamp(XMax, 0, width), Math.Clamp(YMax, 0, height), Label);
}
