using SharpAugment.Imaging;
using SharpAugment.Kernels;

namespace SharpAugment.Transforms.Blur;

/// <summary>Albumentations' fpixel.convolve (cv2.filter2D, correlation, reflect-101) on byte or float images, every channel.</summary>
internal static class KernelConvolve
{
    public static Image<byte> Apply(Image<byte> image, float[] kernel, int size, CancellationToken cancellation)
    {
        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Correlation2D.Bytes(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels, kernel, size, size, cancellation);
        return dst;
    }

    public static Image<float> Apply(Image<float> image, float[] kernel, int size, CancellationToken cancellation)
    {
        var dst = Image<float>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Correlation2D.Floats(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels, kernel, size, size, cancellation);
        for (int i = 0; i < dst.Pixels.Length; i++)
        {
            dst.Pixels[i] = Math.Clamp(dst.Pixels[i], 0f, 1f);
        }

        return dst;
    }
}
