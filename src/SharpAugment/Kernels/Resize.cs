namespace SharpAugment.Kernels;

/// <summary>Separable resize: a horizontal pass into a float scratch buffer, then a vertical pass (torch's order), rounding once at the end.</summary>
public static class Resize
{
    /// <summary>The scratch length <see cref="Apply{T}"/> needs.</summary>
    public static int ScratchLength(int srcHeight, int dstWidth, int channels) => (srcHeight + 1) * dstWidth * channels;

    /// <summary>Resizes src into dst with precomputed axes.</summary>
    /// <param name="src">Source pixels (srcWidth = xAxis.InSize, srcHeight = yAxis.InSize).</param>
    /// <param name="dst">Destination pixels (xAxis.OutSize x yAxis.OutSize).</param>
    /// <param name="channels">Interleaved channels.</param>
    /// <param name="xAxis">Horizontal taps.</param>
    /// <param name="yAxis">Vertical taps.</param>
    /// <param name="scratch">At least <see cref="ScratchLength"/> floats.</param>
    public static void Apply<T>(ReadOnlySpan<T> src, Span<T> dst, int channels, ResizeAxis xAxis, ResizeAxis yAxis, Span<float> scratch)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(xAxis);
        ArgumentNullException.ThrowIfNull(yAxis);
        int sw = xAxis.InSize, sh = yAxis.InSize, dw = xAxis.OutSize, dh = yAxis.OutSize;
        if (src.Length < sw * sh * channels || dst.Length < dw * dh * channels || scratch.Length < ScratchLength(sh, dw, channels))
        {
            throw new ArgumentException("Resize: span sizes do not match the axes.");
        }

        int xt = xAxis.Taps;
        var xi = xAxis.Index;
        var xw = xAxis.Weight;
        for (int y = 0; y < sh; y++)
        {
            int srow = y * sw * channels;
            int trow = y * dw * channels;
            for (int x = 0; x < dw; x++)
            {
                int b = x * xt;
                for (int c = 0; c < channels; c++)
                {
                    float sum = 0;
                    for (int k = 0; k < xt; k++)
                    {
                        float wv = xw[b + k];
                        if (wv != 0)
                        {
                            sum += wv * PixelMath.Load(src, srow + xi[b + k] * channels + c);
                        }
                    }

                    scratch[trow + x * channels + c] = sum;
                }
            }
        }

        int yt = yAxis.Taps;
        var yi = yAxis.Index;
        var yw = yAxis.Weight;
        int rowLen = dw * channels;
        var acc = scratch.Slice(sh * rowLen, rowLen);
        for (int y = 0; y < dh; y++)
        {
            int b = y * yt;
            acc.Clear();
            for (int k = 0; k < yt; k++)
            {
                float wv = yw[b + k];
                if (wv != 0)
                {
                    System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(scratch.Slice(yi[b + k] * rowLen, rowLen), wv, acc, acc);
                }
            }

            var drow = dst.Slice(y * rowLen, rowLen);
            for (int i = 0; i < rowLen; i++)
            {
                drow[i] = PixelMath.From<T>(acc[i]);
            }
        }
    }
}
