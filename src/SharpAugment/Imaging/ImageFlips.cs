using SharpAugment.Kernels;

namespace SharpAugment.Imaging;

/// <summary>Mirrored, transposed and quarter-turned copies of an image: the allocation above the <see cref="Flip"/> span kernels, which stay allocation-free.</summary>
public static class ImageFlips
{
    /// <summary>A horizontally mirrored copy.</summary>
    public static Image<T> Horizontal<T>(Image<T> image)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = Image<T>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Flip.Horizontal<T>(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels);
        return dst;
    }

    /// <summary>A vertically mirrored copy.</summary>
    public static Image<T> Vertical<T>(Image<T> image)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = Image<T>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Flip.Vertical<T>(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels);
        return dst;
    }

    /// <summary>A transposed copy (height x width).</summary>
    public static Image<T> Transpose<T>(Image<T> image)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = Image<T>.CreateUninitialized(image.Height, image.Width, image.Channels);
        Flip.Transpose<T>(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels);
        return dst;
    }

    /// <summary>Rotates counter-clockwise by k quarter turns (as numpy.rot90 and torch.rot90).</summary>
    public static Image<T> Rotate90<T>(Image<T> image, int k)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        return (((k % 4) + 4) % 4) switch
        {
            0 => image.Clone(),
            1 => Vertical(Transpose(image)),
            2 => Vertical(Horizontal(image)),
            _ => Transpose(Vertical(image)),
        };
    }
}
