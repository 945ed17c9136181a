namespace SharpAugment.Imaging;

/// <summary>Box formats converted at the edges to and from the internal absolute corner format.</summary>
public enum BoxFormat
{
    /// <summary>Absolute x_min, y_min, x_max, y_max (the internal format).</summary>
    PascalVoc,

    /// <summary>Absolute x_min, y_min, width, height.</summary>
    Coco,

    /// <summary>Normalized centre x, centre y, width, height.</summary>
    Yolo,

    /// <summary>Normalized x_min, y_min, x_max, y_max (Albumentations' own format).</summary>
    Normalized,
}
