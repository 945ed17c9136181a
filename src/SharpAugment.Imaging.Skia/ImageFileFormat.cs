namespace SharpAugment.Imaging.Skia;

/// <summary>The formats the codec writes (it reads more: BMP and GIF too).</summary>
public enum ImageFileFormat
{
    /// <summary>Lossless PNG; the only format masks are ever written in.</summary>
    Png,

    /// <summary>Lossy JPEG at a quality of 1 to 100 (alpha dropped).</summary>
    Jpeg,

    /// <summary>WebP; quality 100 is lossless.</summary>
    Webp,
}
