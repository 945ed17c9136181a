namespace SharpAugment.Kernels;

/// <summary>Fills axis-aligned rectangles of an interleaved image, the primitive of erasing and dropout.</summary>
public static class RectFill
{
    /// <summary>Sets every pixel of the rectangle (clipped to the image) to <paramref name="value"/> (one entry per channel).</summary>
    public static void Constant<T>(Span<T> pixels, int width, int height, int channels, int x, int y, int rectWidth, int rectHeight, ReadOnlySpan<T> value)
        where T : unmanaged
    {
        if (value.Length < channels || pixels.Length < width * height * channels)
        {
            throw new ArgumentException($"RectFill: value has {value.Length} entries for {channels} channels, or the image span is too short.", nameof(value));
        }

        int x0 = Math.Max(0, x);
        int y0 = Math.Max(0, y);
        int x1 = Math.Min(width, x + Math.Max(0, rectWidth));
        int y1 = Math.Min(height, y + Math.Max(0, rectHeight));
        if (x1 <= x0 || y1 <= y0)
        {
            return;
        }

        int stride = width * channels;
        var row = pixels.Slice((y0 * stride) + (x0 * channels), (x1 - x0) * channels);
        for (int i = 0; i < row.Length; i += channels)
        {
            value[..channels].CopyTo(row.Slice(i, channels));
        }

        for (int yy = y0 + 1; yy < y1; yy++)
        {
            row.CopyTo(pixels.Slice((yy * stride) + (x0 * channels), row.Length));
        }
    }

    /// <summary>
    /// dst = src with one rectangle (clipped) set to <paramref name="value"/>: the rows above and below are one bulk copy
    /// each and the rows the rectangle crosses copy only the pixels around it, so no erased byte is copied and then
    /// overwritten; the rectangle itself is <see cref="Constant{T}"/>'s fill. The spans must not overlap.
    /// </summary>
    public static void CopyWith<T>(ReadOnlySpan<T> src, Span<T> dst, int width, int height, int channels, int x, int y, int rectWidth, int rectHeight, ReadOnlySpan<T> value)
        where T : unmanaged
    {
        int n = width * height * channels;
        if (value.Length < channels || src.Length < n || dst.Length < n)
        {
            throw new ArgumentException($"RectFill: value has {value.Length} entries for {channels} channels, or an image span is too short.", nameof(value));
        }

        int x0 = Math.Max(0, x);
        int y0 = Math.Max(0, y);
        int x1 = Math.Min(width, x + Math.Max(0, rectWidth));
        int y1 = Math.Min(height, y + Math.Max(0, rectHeight));
        if (x1 <= x0 || y1 <= y0)
        {
            src[..n].CopyTo(dst);
            return;
        }

        int stride = width * channels;
        int left = x0 * channels, end = x1 * channels, tail = stride - end;
        src[..(y0 * stride)].CopyTo(dst);
        src[(y1 * stride)..n].CopyTo(dst[(y1 * stride)..]);
        for (int yy = y0; yy < y1; yy++)
        {
            int row = yy * stride;
            src.Slice(row, left).CopyTo(dst.Slice(row, left));
            src.Slice(row + end, tail).CopyTo(dst.Slice(row + end, tail));
        }

        Constant(dst, width, height, channels, x0, y0, x1 - x0, y1 - y0, value);
    }
}
