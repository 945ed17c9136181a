namespace SharpAugment.Imaging;

/// <summary>The pixel element type of an image.</summary>
public enum PixelDepth
{
    /// <summary>8-bit unsigned, 0..255.</summary>
    Byte,

    /// <summary>32-bit float, nominally 0..1.</summary>
    Float,
}
