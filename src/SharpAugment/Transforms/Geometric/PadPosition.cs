namespace SharpAugment.Transforms.Geometric;

/// <summary>Where pad_if_needed puts the original image inside the padded canvas (Albumentations' position).</summary>
public enum PadPosition
{
    /// <summary>Centred (extra pixel at the bottom/right).</summary>
    Center,

    /// <summary>Top-left corner.</summary>
    TopLeft,

    /// <summary>Top-right corner.</summary>
    TopRight,

    /// <summary>Bottom-left corner.</summary>
    BottomLeft,

    /// <summary>Bottom-right corner.</summary>
    BottomRight,

    /// <summary>A random place.</summary>
    Random,
}
