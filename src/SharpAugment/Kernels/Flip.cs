using SharpAugment.Imaging;

namespace SharpAugment.Kernels;

/// <summary>Exact pixel rearrangements: flips, transpose and quarter turns. Pure functions over spans, plus image wrappers.</summary>
public static class Flip
{
    /// <summary>Mirrors left-right: dst(x, y) = src(w-1-x, y).</summary>
    public static void Horizontal<T>(ReadOnlySpan<T> src, Span<T> dst, int width, int height, int channels)
        where T : unmanaged
    {
        Check(src, dst, width, height, channels);
        int stride = width * channels;
        for (int y = 0; y < height; y++)
        {
            var s = src.Slice(y * stride, stride);
            var d = dst.Slice(y * stride, stride);
            if (channels == 1)
            {
                s.CopyTo(d);
                d.Reverse();
                continue;
            }

            for (int x = 0, xr = (width - 1) * channels; x < stride; x += channels, xr -= channels)
            {
                for (int c = 0; c < channels; c++)
                {
                    d[x + c] = s[xr + c];
                }
            }
        }
    }

    /// <summary>Mirrors top-bottom: dst(x, y) = src(x, h-1-y).</summary>
    public static void Vertical<T>(ReadOnlySpan<T> src, Span<T> dst, int width, int height, int channels)
        where T : unmanaged
    {
        Check(src, dst, width, height, channels);
        int stride = width * channels;
        for (int y = 0; y < height; y++)
        {
            src.Slice((height - 1 - y) * stride, stride).CopyTo(dst.Slice(y * stride, stride));
        }
    }

    /// <summary>Swaps axes: dst(x, y) = src(y, x); dst is height wide and width tall.</summary>
    public static void Transpose<T>(ReadOnlySpan<T> src, Span<T> dst, int width, int height, int channels)
        where T : unmanaged
    {
        Check(src, dst, width, height, channels);
        const int block = 32;
        for (int by = 0; by < height; by += block)
        {
            int yEnd = Math.Min(by + block, height);
            for (int bx = 0; bx < width; bx += block)
            {
                int xEnd = Math.Min(bx + block, width);
                for (int y = by; y < yEnd; y++)
                {
                    for (int x = bx; x < xEnd; x++)
                    {
                        int si = (y * width + x) * channels;
                        int di = (x * height + y) * channels;
                        for (int c = 0; c < channels; c++)
                        {
                            dst[di + c] = src[si + c];
                        }
                    }
                }
            }
        }
    }

    /// <summary>A horizontally mirrored copy.</summary>
    public static Image<T> Horizontal<T>(Image<T> image)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = new Image<T>(image.Width, image.Height, image.Channels);
        Horizontal<T>(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels);
        return dst;
    }

    /// <summary>A vertically mirrored copy.</summary>
    public static Image<T> Vertical<T>(Image<T> image)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = new Image<T>(image.Width, image.Height, image.Channels);
        Vertical<T>(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels);
        return dst;
    }

    /// <summary>A transposed copy (height x width).</summary>
    public static Image<T> Transpose<T>(Image<T> image)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = new Image<T>(image.Height, image.Width, image.Channels);
        Transpose<T>(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels);
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

    private static void Check<T>(ReadOnlySpan<T> src, Span<T> dst, int width, int height, int channels)
    {
        long n = (long)width * height * channels;
        if (src.Length < n || dst.Length < n)
        {
            throw new ArgumentException($"Flip: spans must hold {width}x{height}x{channels} = {n} elements.");
        }
    }
}
