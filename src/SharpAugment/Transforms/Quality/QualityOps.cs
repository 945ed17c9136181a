using System.Buffers;
using SharpAugment.Imaging;
using SharpAugment.Kernels;

namespace SharpAugment.Transforms.Quality;

/// <summary>Shared steps of the quality transforms: a correlation with a kernel on the colour channels (alpha kept).</summary>
internal static class QualityOps
{
    /// <summary>OpenCV filter2D (correlation, reflect-101): bytes rounded half to even, floats clamped to [0, 1] as Albumentations' <c>@clipped</c>; alpha is copied.</summary>
    internal static Image<T> Correlate<T>(Image<T> image, float[] kernel, int size)
        where T : unmanaged
    {
        var dst = new Image<T>(image.Width, image.Height, image.Channels);
        var scratch = ArrayPool<float>.Shared.Rent(Filter2D.ScratchLength(image.Width, image.Channels, size));
        try
        {
            if (image.Pixels is byte[] bytes)
            {
                Filter2D.Correlate(bytes, (byte[])(object)dst.Pixels, scratch, image.Width, image.Height, image.Channels, kernel, size, size);
            }
            else
            {
                Filter2D.Correlate((float[])(object)image.Pixels, (float[])(object)dst.Pixels, scratch, image.Width, image.Height, image.Channels, kernel, size, size);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }

        CopyAlpha<T>(image.Pixels, dst.Pixels, image.Channels);
        return dst;
    }

    /// <summary>Puts the source's alpha channel back (RGBA only): the quality ops change colour, not coverage.</summary>
    internal static void CopyAlpha<T>(ReadOnlySpan<T> src, Span<T> dst, int channels)
    {
        if (channels != 4)
        {
            return;
        }

        for (int i = 3; i < src.Length; i += 4)
        {
            dst[i] = src[i];
        }
    }

    /// <summary>(1 - alpha) * identity + alpha * effect in float32 element by element, as NumPy evaluates Albumentations' matrix formula.</summary>
    internal static float[] BlendWithIdentity(double alpha, float[] effect)
    {
        float keep = (float)(1 - alpha);
        float a = (float)alpha;
        var k = new float[effect.Length];
        for (int i = 0; i < k.Length; i++)
        {
            float identity = i == k.Length / 2 ? 1f : 0f;
            float left = keep * identity;
            float right = a * effect[i];
            k[i] = left + right;
        }

        return k;
    }
}
