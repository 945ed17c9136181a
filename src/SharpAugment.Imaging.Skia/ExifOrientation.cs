using SharpAugment.Imaging;
using SkiaSharp;

namespace SharpAugment.Imaging.Skia;

/// <summary>Applies the EXIF orientation so decoded pixels are upright, as cameras intend and as PIL's exif_transpose does.</summary>
public static class ExifOrientation
{
    /// <summary>Returns the image turned upright for the encoded origin (a no-op for top-left).</summary>
    public static Image<T> Apply<T>(Image<T> image, SKEncodedOrigin origin)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        return origin switch
        {
            SKEncodedOrigin.TopRight => ImageFlips.Horizontal(image),
            SKEncodedOrigin.BottomRight => ImageFlips.Rotate90(image, 2),
            SKEncodedOrigin.BottomLeft => ImageFlips.Vertical(image),
            SKEncodedOrigin.LeftTop => ImageFlips.Transpose(image),
            SKEncodedOrigin.RightTop => ImageFlips.Rotate90(image, 3),
            SKEncodedOrigin.RightBottom => ImageFlips.Rotate90(ImageFlips.Transpose(image), 2),
            SKEncodedOrigin.LeftBottom => ImageFlips.Rotate90(image, 1),
            _ => image,
        };
    }
}
