namespace SharpAugment.Transforms.Mixing;

/// <summary>An integer pixel rectangle, min inclusive and max exclusive, as CutMix pastes it (already clipped to the image).</summary>
/// <param name="XMin">Left column.</param>
/// <param name="YMin">Top row.</param>
/// <param name="XMax">One past the right column.</param>
/// <param name="YMax">One past the bottom row.</param>
public readonly record struct MixBox(int XMin, int YMin, int XMax, int YMax)
{
    /// <summary>Width in pixels (zero when empty).</summary>
    public int Width => Math.Max(0, XMax - XMin);

    /// <summary>Height in pixels (zero when empty).</summary>
    public int Height => Math.Max(0, YMax - YMin);

    /// <summary>Area in pixels.</summary>
    public long Area => (long)Width * Height;

    /// <summary>CutMix's corrected lambda: the share of a width x height image left outside the box.</summary>
    public double KeptFraction(int width, int height) => 1.0 - (double)Area / ((long)width * height);

    /// <summary>Whether pixel (x, y) lies inside.</summary>
    public bool Contains(float x, float y) => x >= XMin && x < XMax && y >= YMin && y < YMax;
}
