using System.Numerics.Tensors;

namespace SharpAugment.Kernels;

/// <summary>The pixel work of Mixup, CutMix and Mosaic: the float blend (the uint8 one is Blend.BytesRounded) and rectangle copies between same-layout buffers.</summary>
public static class MixKernels
{
    /// <summary>destination = weightA * a + (1 - weightA) * b for floats (vectorized by TensorPrimitives).</summary>
    public static void Blend(ReadOnlySpan<float> a, ReadOnlySpan<float> b, float weightA, Span<float> destination)
    {
        CheckLengths(a.Length, b.Length, destination.Length);
        TensorPrimitives.Multiply(b, 1f - weightA, destination);
        TensorPrimitives.MultiplyAdd(a, weightA, destination, destination);
    }

    /// <summary>Copies a w x h block of pixels from (srcX, srcY) in a source of width srcWidth to (dstX, dstY) in a destination of width dstWidth.</summary>
    public static void CopyBlock<T>(ReadOnlySpan<T> source, int sourceWidth, int sourceX, int sourceY,
        Span<T> destination, int destinationWidth, int destinationX, int destinationY, int width, int height, int channels)
        where T : unmanaged
    {
        if (width <= 0 || height <= 0)
        {
            return;
        }

        int run = width * channels;
        for (int y = 0; y < height; y++)
        {
            source.Slice(((sourceY + y) * sourceWidth + sourceX) * channels, run)
                .CopyTo(destination.Slice(((destinationY + y) * destinationWidth + destinationX) * channels, run));
        }
    }

    private static void CheckLengths(int a, int b, int d)
    {
        if (a != b || a != d)
        {
            throw new ArgumentException($"MixKernels.Blend: lengths {a}, {b} and {d} must be equal.");
        }
    }
}
