namespace SharpAugment.Kernels;

/// <summary>Normalized k x k box filter with reflect-101 borders (cv2.blur): exact integer window sums, rounded to nearest for bytes (an odd k*k never ties), double sums for floats.</summary>
public static class BoxFilter
{
    /// <summary>Blurs interleaved bytes (every channel, alpha included) with a <paramref name="k"/> x <paramref name="k"/> box.</summary>
    public static void Bytes(ReadOnlySpan<byte> src, Span<byte> dst, int width, int height, int channels, int k, CancellationToken cancellation = default)
    {
        int stride = width * channels, r = k / 2, area = k * k;
        var rows = new int[height * stride];
        var xs = BorderIndices(width, r);
        for (int y = 0; y < height; y++)
        {
            var s = src.Slice(y * stride, stride);
            var o = rows.AsSpan(y * stride, stride);
            for (int c = 0; c < channels; c++)
            {
                int sum = 0;
                for (int t = 0; t < k; t++)
                {
                    sum += s[(xs[t] * channels) + c];
                }

                o[c] = sum;
                for (int x = 1; x < width; x++)
                {
                    sum += s[(xs[x + k - 1] * channels) + c] - s[(xs[x - 1] * channels) + c];
                    o[(x * channels) + c] = sum;
                }
            }
        }

        var ys = BorderIndices(height, r);
        double inverse = 1.0 / area;
        var acc = new int[stride];
        for (int t = 0; t < k; t++)
        {
            AddRow(acc, rows.AsSpan(ys[t] * stride, stride), 1);
        }

        for (int y = 0; y < height; y++)
        {
            cancellation.ThrowIfCancellationRequested();
            if (y > 0)
            {
                AddRow(acc, rows.AsSpan(ys[y + k - 1] * stride, stride), 1);
                AddRow(acc, rows.AsSpan(ys[y - 1] * stride, stride), -1);
            }

            // round(sum / area) by one multiply: area is odd, so the fraction is at least 1 / (2 area) away from
            // one half, far beyond the double product's error; no division per value.
            var d = dst.Slice(y * stride, stride);
            for (int i = 0; i < stride; i++)
            {
                d[i] = (byte)((acc[i] * inverse) + 0.5);
            }
        }
    }

    /// <summary>Blurs interleaved floats with a <paramref name="k"/> x <paramref name="k"/> box (window sums in double).</summary>
    public static void Floats(ReadOnlySpan<float> src, Span<float> dst, int width, int height, int channels, int k, CancellationToken cancellation = default)
    {
        int stride = width * channels, r = k / 2;
        var rows = new double[height * stride];
        var xs = BorderIndices(width, r);
        for (int y = 0; y < height; y++)
        {
            var s = src.Slice(y * stride, stride);
            var o = rows.AsSpan(y * stride, stride);
            for (int x = 0; x < width; x++)
            {
                for (int c = 0; c < channels; c++)
                {
                    double sum = 0;
                    for (int t = 0; t < k; t++)
                    {
                        sum += s[(xs[x + t] * channels) + c];
                    }

                    o[(x * channels) + c] = sum;
                }
            }
        }

        var ys = BorderIndices(height, r);
        double scale = 1.0 / (k * k);
        for (int y = 0; y < height; y++)
        {
            cancellation.ThrowIfCancellationRequested();
            var d = dst.Slice(y * stride, stride);
            for (int i = 0; i < stride; i++)
            {
                double sum = 0;
                for (int t = 0; t < k; t++)
                {
                    sum += rows[(ys[y + t] * stride) + i];
                }

                d[i] = (float)(sum * scale);
            }
        }
    }

    /// <summary>Source index of each padded position -r .. n-1+r under reflect-101, at index position + r.</summary>
    internal static int[] BorderIndices(int n, int r)
    {
        var idx = new int[n + (2 * r)];
        for (int i = 0; i < idx.Length; i++)
        {
            idx[i] = Border.Index(i - r, n, BorderMode.Reflect);
        }

        return idx;
    }

    private static void AddRow(int[] acc, ReadOnlySpan<int> row, int sign)
    {
        for (int i = 0; i < acc.Length; i++)
        {
            acc[i] += sign * row[i];
        }
    }
}
