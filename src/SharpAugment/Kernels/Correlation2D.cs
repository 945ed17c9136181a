namespace SharpAugment.Kernels;

/// <summary>Dense 2-D correlation with a float kernel (not flipped) and reflect-101 borders, as cv2.filter2D with the anchor at the centre: products summed in float32 in row-major kernel order, bytes rounded half to even and saturated.</summary>
public static class Correlation2D
{
    /// <summary>Correlates interleaved bytes with a <paramref name="kw"/> x <paramref name="kh"/> row-major kernel; every channel, alpha included.</summary>
    public static void Bytes(ReadOnlySpan<byte> src, Span<byte> dst, int width, int height, int channels, ReadOnlySpan<float> kernel, int kw, int kh, CancellationToken cancellation = default) =>
        Run(src, dst, width, height, channels, kernel, kw, kh, static v => (byte)Math.Clamp(MathF.Round(v), 0f, 255f), cancellation);

    /// <summary>Correlates interleaved floats with a <paramref name="kw"/> x <paramref name="kh"/> row-major kernel.</summary>
    public static void Floats(ReadOnlySpan<float> src, Span<float> dst, int width, int height, int channels, ReadOnlySpan<float> kernel, int kw, int kh, CancellationToken cancellation = default) =>
        Run(src, dst, width, height, channels, kernel, kw, kh, static v => v, cancellation);

    private static void Run<T>(ReadOnlySpan<T> src, Span<T> dst, int width, int height, int channels, ReadOnlySpan<float> kernel, int kw, int kh, Func<float, T> store, CancellationToken cancellation)
        where T : unmanaged, System.Numerics.INumberBase<T>
    {
        var (taps, weights) = Taps(kernel, kw, kh);
        var xs = BoxFilter.BorderIndices(width, kw / 2);
        var ys = BoxFilter.BorderIndices(height, kh / 2);
        int stride = width * channels;
        for (int y = 0; y < height; y++)
        {
            cancellation.ThrowIfCancellationRequested();
            for (int x = 0; x < width; x++)
            {
                for (int c = 0; c < channels; c++)
                {
                    float sum = 0f;
                    for (int t = 0; t < weights.Length; t++)
                    {
                        int tx = taps[t] % kw, ty = taps[t] / kw;
                        sum += weights[t] * float.CreateTruncating(src[(ys[y + ty] * stride) + (xs[x + tx] * channels) + c]);
                    }

                    dst[(y * stride) + (x * channels) + c] = store(sum);
                }
            }
        }
    }

    // The non-zero coefficients and their positions, as OpenCV's filter preprocessing keeps them.
    private static (int[] Taps, float[] Weights) Taps(ReadOnlySpan<float> kernel, int kw, int kh)
    {
        if (kernel.Length != kw * kh)
        {
            throw new ArgumentException($"kernel has {kernel.Length} values, expected {kw}x{kh}", nameof(kernel));
        }

        var taps = new List<int>();
        var weights = new List<float>();
        for (int i = 0; i < kernel.Length; i++)
        {
            if (kernel[i] != 0f)
            {
                taps.Add(i);
                weights.Add(kernel[i]);
            }
        }

        return (taps.ToArray(), weights.ToArray());
    }
}
