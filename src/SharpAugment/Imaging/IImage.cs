namespace SharpAugment.Imaging;

/// <summary>The size and layout every image shares, whatever its pixel type, so targets can be checked and dispatched.</summary>
public interface IImage
{
    /// <summary>Width in pixels.</summary>
    int Width { get; }

    /// <summary>Height in pixels.</summary>
    int Height { get; }

    /// <summary>Interleaved channels per pixel, 1 to 4.</summary>
    int Channels { get; }

    /// <summary>Whether pixels are bytes (0..255) or floats (nominally 0..1).</summary>
    PixelDepth Depth { get; }

    /// <summary>A deep copy.</summary>
    IImage Clone();

    /// <summary>Hands the pixel array back for reuse by the next image of its size on this thread; the image must not be used afterwards.</summary>
    void Recycle();
}
