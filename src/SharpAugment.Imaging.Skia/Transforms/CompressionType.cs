namespace SharpAugment.Imaging.Skia.Transforms;

/// <summary>The codec of <c>image_compression</c> (Albumentations' compression_type).</summary>
public enum CompressionType
{
    /// <summary>JPEG.</summary>
    Jpeg,

    /// <summary>WebP (lossy below quality 100).</summary>
    Webp,
}
