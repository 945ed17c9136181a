using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
        int pixelBytes = channels * Unsafe.SizeOf<T>();
        var sb = MemoryMarshal.AsBytes(src);
        var db = MemoryMarshal.AsBytes(dst);
        int rowBytes = stride * Unsafe.SizeOf<T>();
        for (int y = 0; y < height; y++)
        {
            var s = sb.Slice(y * rowBytes, rowBytes);
            var d = db.Slice(y * rowBytes, rowBytes);
            switch (pixelBytes)
            {
                case 1:
                    s.CopyTo(d);
                    d.Reverse();
                    break;
                case 2:
                    s.CopyTo(d);
                    MemoryMarshal.Cast<byte, ushort>(d).Reverse();
                    break;
                case 3 when Vector128.IsHardwareAccelerated:
                    MirrorRgbRow(s, d, width);
                    break;
                case 4:
                    s.CopyTo(d);
                    MemoryMarshal.Cast<byte, uint>(d).Reverse();
                    break;
                case 8:
                    s.CopyTo(d);
                    MemoryMarshal.Cast<byte, ulong>(d).Reverse();
                    break;
                default:
                    MirrorRowScalar(s, d, width, pixelBytes, 0);
                    break;
            }
        }
    }

    /// <summary>Mirrors one row of 3-byte pixels five at a time: one 16-byte load, one byte shuffle, one 16-byte store.</summary>
    private static void MirrorRgbRow(ReadOnlySpan<byte> s, Span<byte> d, int width)
    {
        // dst pixels x..x+4 are src pixels w-5-x..w-1-x reversed; the load starts one byte early so it stays inside the
        // row, and the store's 16th byte lands on dst pixel x+5, which the next step (or the scalar tail) rewrites.
        var order = Vector128.Create((byte)13, 14, 15, 10, 11, 12, 7, 8, 9, 4, 5, 6, 1, 2, 3, 0);
        ref byte s0 = ref MemoryMarshal.GetReference(s);
        ref byte d0 = ref MemoryMarshal.GetReference(d);
        int x = 0;
        for (; x <= width - 6; x += 5)
        {
            var v = Vector128.LoadUnsafe(ref s0, (nuint)(3 * (width - 5 - x) - 1));
            Vector128.Shuffle(v, order).StoreUnsafe(ref d0, (nuint)(3 * x));
        }

        MirrorRowScalar(s, d, width, 3, x);
    }

    private static void MirrorRowScalar(ReadOnlySpan<byte> s, Span<byte> d, int width, int pixelBytes, int from)
    {
        for (int x = from; x < width; x++)
        {
            s.Slice((width - 1 - x) * pixelBytes, pixelBytes).CopyTo(d.Slice(x * pixelBytes, pixelBytes));
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
        var dst = Image<T>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Horizontal<T>(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels);
        return dst;
    }

    /// <summary>A vertically mirrored copy.</summary>
    public static Image<T> Vertical<T>(Image<T> image)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = Image<T>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Vertical<T>(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels);
        return dst;
    }

    /// <summary>A transposed copy (height x width).</summary>
    public static Image<T> Transpose<T>(Image<T> image)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(image);
        var dst = Image<T>.CreateUninitialized(image.Height, image.Width, image.Channels);
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
