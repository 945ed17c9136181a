namespace SharpAugment.Kernels;

/// <summary>k x k median of byte pixels with replicated borders (cv2.medianBlur, exact): a per-column histogram slid along each row (Huang), so the cost per pixel grows with k, not k squared.</summary>
public static class MedianFilter
{
    /// <summary>Median-filters interleaved bytes, every channel on its own (alpha included).</summary>
    public static void Bytes(ReadOnlySpan<byte> src, Span<byte> dst, int width, int height, int channels, int k, CancellationToken cancellation = default)
    {
        int r = k / 2, stride = width * channels, half = (k * k) / 2;
        Span<int> hist = stackalloc int[256];
        for (int y = 0; y < height; y++)
        {
            cancellation.ThrowIfCancellationRequested();
            for (int c = 0; c < channels; c++)
            {
                hist.Clear();
                for (int dy = -r; dy <= r; dy++)
                {
                    int sy = Math.Clamp(y + dy, 0, height - 1);
                    for (int dx = -r; dx <= r; dx++)
                    {
                        hist[src[(sy * stride) + (Math.Clamp(dx, 0, width - 1) * channels) + c]]++;
                    }
                }

                for (int x = 0; x < width; x++)
                {
                    if (x > 0)
                    {
                        int xin = Math.Min(x + r, width - 1), xout = Math.Max(x - r - 1, 0);
                        for (int dy = -r; dy <= r; dy++)
                        {
                            int row = Math.Clamp(y + dy, 0, height - 1) * stride;
                            hist[src[row + (xin * channels) + c]]++;
                            hist[src[row + (xout * channels) + c]]--;
                        }
                    }

                    int seen = 0, v = 0;
                    while ((seen += hist[v]) <= half)
                    {
                        v++;
                    }

                    dst[(y * stride) + (x * channels) + c] = (byte)v;
                }
            }
        }
    }
}
