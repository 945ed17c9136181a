using SharpAugment.Imaging;
using SharpAugment.Kernels;
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
            SKEncodedOrigin.TopRight => Flip.Horizontal(image),
            SKEncodedOrigin.BottomRight => Flip.Rotate90(image, 2),
            SKEncodedOrigin.BottomLeft => Flip.Vertical(image),
            SKEncodedOrigin.LeftTop => Flip.Transpose(image),
            SKEncodedOrigin.RightTop => Flip.Rotate90(image, 3),
            SKEncodedOrigin.RightBottom => Flip.Rotate90(Flip.Transpose(image), 2),
            SKEncodedOrigin.LeftBottom => Flip.Rotate90(image, 1),
            _ => image,
        };
    }
}
