namespace SharpAugment.Kernels;

/// <summary>What a kernel reads outside the image.</summary>
public enum BorderMode
{
    /// <summary>A constant fill value.</summary>
    Constant,

    /// <summary>Mirror without repeating the edge pixel (dcb|abcd|cba; numpy "reflect", OpenCV BORDER_REFLECT_101).</summary>
    Reflect,

    /// <summary>Repeat the edge pixel (aaa|abcd|ddd; numpy "edge").</summary>
    Replicate,

    /// <summary>Tile the image (bcd|abcd|abc).</summary>
    Wrap,

    /// <summary>Mirror repeating the edge pixel (cba|abcd|dcb; numpy "symmetric", OpenCV BORDER_REFLECT).</summary>
    Symmetric,
}
