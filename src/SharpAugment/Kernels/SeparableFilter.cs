namespace SharpAugment.Kernels;

/// <summary>Separable 2-D filtering of float planes (a row pass, then a column pass) and torchvision's Gaussian kernel.</summary>
public static class SeparableFilter
{
    /// <summary>torchvision's 1-D Gaussian: exp(-0.5 (x / sigma)^2) at x = -(k-1)/2 .. (k-1)/2, normalized to sum 1.</summary>
    public static float[] GaussianKernel(int size, double sigma)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var k = new float[size];
        double half = (size - 1) * 0.5, sum = 0;
        for (int i = 0; i < size; i++)
        {
            double x = -half + i;
            double v = Math.Exp(-0.5 * (x / sigma) * (x / sigma));
            k[i] = (float)v;
            sum += v;
        }

        for (int i = 0; i < size; i++)
        {
            k[i] = (float)(k[i] / sum);
        }

        return k;
    }

    /// <summary>Filters a single-channel float plane with a horizontal then a vertical kernel; border pixels read through <paramref name="border"/>.</summary>
    /// <param name="src">Source plane (width x height).</param>
    /// <param name="dst">Destination plane.</param>
    /// <param name="scratch">A width x height scratch plane.</param>
    /// <param name="width">Plane width.</param>
    /// <param name="height">Plane height.</param>
    /// <param name="kernelX">Odd-length horizontal kernel.</param>
    /// <param name="kernelY">Odd-length vertical kernel.</param>
    /// <param name="border">Border mode (constant reads 0).</param>
    public static void ApplyPlane(ReadOnlySpan<float> src, Span<float> dst, Span<float> scratch, int width, int height,
        ReadOnlySpan<float> kernelX, ReadOnlySpan<float> kernelY, BorderMode border)
    {
        int n = width * height;
        if (src.Length < n || dst.Length < n || scratch.Length < n)
        {
            throw new ArgumentException("SeparableFilter: plane sizes do not match.");
        }

        int rx = kernelX.Length / 2, ry = kernelY.Length / 2;
        for (int y = 0; y < height; y++)
        {
            var row = src.Slice(y * width, width);
            var outRow = scratch.Slice(y * width, width);
            for (int x = 0; x < width; x++)
            {
                float acc = 0;
                for (int k = 0; k < kernelX.Length; k++)
                {
                    int sx = Border.Index(x + k - rx, width, border);
                    if (sx >= 0)
                    {
                        acc += kernelX[k] * row[sx];
                    }
                }

                outRow[x] = acc;
            }
        }

        for (int y = 0; y < height; y++)
        {
            var outRow = dst.Slice(y * width, width);
            outRow.Clear();
            for (int k = 0; k < kernelY.Length; k++)
            {
                int sy = Border.Index(y + k - ry, height, border);
                if (sy >= 0)
                {
                    System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(scratch.Slice(sy * width, width), kernelY[k], outRow, outRow);
                }
            }
        }
    }
}
