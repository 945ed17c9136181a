using SharpAugment.Imaging;

namespace SharpAugment.Geometry;

/// <summary>Applies an exact pixel rearrangement to every target: image and masks by copying, boxes and keypoints by its matrix.</summary>
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

    /// <summary>Rearranges every target of a sample.</summary>
    public static Sample Apply(Sample sample, PixelMap map)
    {
        ArgumentNullException.ThrowIfNull(sample);
        IImage image = sample.Image switch
        {
            Image<byte> b => Image(b, map),
            Image<float> f => Image(f, map),
            _ => throw new NotSupportedException(sample.Image.GetType().Name),
        };
        var forward = Forward(map, sample.Width, sample.Height);
        var moved = TargetGeometry.MoveTargets(sample, forward, image.Width, image.Height);
        return moved with { Image = image, Masks = sample.Masks.Select(m => Image(m, map)).ToArray() };
    }
}
