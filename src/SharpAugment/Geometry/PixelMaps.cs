using SharpAugment.Imaging;

namespace SharpAugment.Geometry;

/// <summary>The exact pixel rearrangements: each one's matrix and its copy of an image (a <see cref="GeometricPlan.Rearrange"/> plan uses both).</summary>
public static class PixelMaps
{
    /// <summary>The forward matrix of a rearrangement on a width x height canvas.</summary>
    public static Matrix3 Forward(PixelMap map, int width, int height) => map switch
    {
        PixelMap.HorizontalFlip => Matrix3.Affine(-1, 0, width, 0, 1, 0),
        PixelMap.VerticalFlip => Matrix3.Affine(1, 0, 0, 0, -1, height),
        PixelMap.Transpose => Matrix3.Affine(0, 1, 0, 1, 0, 0),
        PixelMap.Rotate90 => Matrix3.Affine(0, 1, 0, -1, 0, width),
        PixelMap.Rotate180 => Matrix3.Affine(-1, 0, width, 0, -1, height),
        PixelMap.Rotate270 => Matrix3.Affine(0, -1, height, 1, 0, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(map)),
    };

    /// <summary>Whether the rearrangement swaps width and height.</summary>
    public static bool SwapsAxes(PixelMap map) => map is PixelMap.Transpose or PixelMap.Rotate90 or PixelMap.Rotate270;

    /// <summary>Rearranges an image.</summary>
    public static Image<T> Image<T>(Image<T> image, PixelMap map)
        where T : unmanaged => map switch
    {
        PixelMap.HorizontalFlip => ImageFlips.Horizontal(image),
        PixelMap.VerticalFlip => ImageFlips.Vertical(image),
        PixelMap.Transpose => ImageFlips.Transpose(image),
        PixelMap.Rotate90 => ImageFlips.Rotate90(image, 1),
        PixelMap.Rotate180 => ImageFlips.Rotate90(image, 2),
        PixelMap.Rotate270 => ImageFlips.Rotate90(image, 3),
        _ => throw new ArgumentOutOfRangeException(nameof(map)),
    };
}
