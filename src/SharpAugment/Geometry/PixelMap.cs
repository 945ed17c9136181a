namespace SharpAugment.Geometry;

/// <summary>The exact pixel rearrangements: the symmetries of the rectangle.</summary>
public enum PixelMap
{
    /// <summary>Left-right mirror.</summary>
    HorizontalFlip,

    /// <summary>Top-bottom mirror.</summary>
    VerticalFlip,

    /// <summary>Swap of x and y.</summary>
    Transpose,

    /// <summary>A quarter turn counter-clockwise.</summary>
    Rotate90,

    /// <summary>A half turn.</summary>
    Rotate180,

    /// <summary>Three quarter turns counter-clockwise (one clockwise).</summary>
    Rotate270,
}
