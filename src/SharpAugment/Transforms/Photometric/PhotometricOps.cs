using System.Buffers;
using System.Numerics.Tensors;
using SharpAugment.Imaging;
using SharpAugment.Kernels;

namespace SharpAugment.Transforms.Photometric;

/// <summary>The image-level colour operations shared by the single transforms and color_jitter; each returns a new image and never modifies its input.</summary>
internal static class PhotometricOps
{
    public static Image<byte> Brightness(Image<byte> image, double factor) => BlendWithConstant(image, factor, 0f);

    public static Image<float> Brightness(Image<float> image, double factor)
    {
        float r = (float)factor;
        if (image.Channels == 4)
        {
            return MapColor(image, r, static (x, k) => Math.Clamp(k * x, 0f, 1f));
        }

        var dst = new Image<float>(image.Width, image.Height, image.Channels);
        TensorPrimitives.Multiply(image.Pixels, r, dst.Pixels);
        ClampUnit(dst.Pixels);
        return dst;
    }

    public static Image<byte> Contrast(Image<byte> image, double factor)
    {
        float mean;
        if (image.Channels < 3)
        {
            mean = ColorKernels.Mean(image.Pixels);
        }
        else
        {
            // The same float32 value as the mean of the gray plane: an exact integer sum divided by the pixel count.
            int pixels = image.Width * image.Height;
            mean = pixels == 0 ? 0f : (float)ColorKernels.GraySum(image.Pixels, image.Channels) / pixels;
        }

        return BlendWithConstant(image, factor, mean);
    }

    /// <summary>torchvision _blend of the colour channels with a constant; alpha copied.</summary>
    private static Image<byte> BlendWithConstant(Image<byte> image, double factor, float constant)
    {
        if (image.Channels == 4)
        {
            Span<byte> table = stackalloc byte[256];
            LutTables.Blend(table, factor, constant);
            return WithTable(image, table);
        }

        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Blend.WithConstant(image.Pixels, dst.Pixels, factor, constant);
        return dst;
    }

    public static Image<float> Contrast(Image<float> image, double factor)
    {
        float mean;
        if (image.Channels < 3)
        {
            mean = ColorKernels.Mean(image.Pixels);
        }
        else
        {
            var g = new float[image.Width * image.Height];
            ColorKernels.Gray(image.Pixels, g, image.Channels);
            mean = ColorKernels.Mean(g);
        }

        float r = (float)factor;
        float other = (float)(1.0 - factor) * mean;
        if (image.Channels < 4)
        {
            // Multiply and add as two roundings (no fused multiply-add), like torch's r*img + (1-r)*mean.
            var blended = new Image<float>(image.Width, image.Height, image.Channels);
            TensorPrimitives.Multiply(image.Pixels, r, blended.Pixels);
            TensorPrimitives.Add(blended.Pixels, other, blended.Pixels);
            ClampUnit(blended.Pixels);
            return blended;
        }

        var dst = image.Clone();
        var d = dst.Pixels;
        int cc = Math.Min(image.Channels, 3);
        for (int i = 0; i < d.Length; i += image.Channels)
        {
            for (int c = 0; c < cc; c++)
            {
                d[i + c] = Math.Clamp((r * d[i + c]) + other, 0f, 1f);
            }
        }

        return dst;
    }

    public static Image<byte> Saturation(Image<byte> image, double factor)
    {
        if (image.Channels < 3)
        {
            return image.Clone();
        }

        if (image.Channels == 3)
        {
            var rgb = Image<byte>.CreateUninitialized(image.Width, image.Height, 3);
            ColorKernels.SaturationRgb(image.Pixels, rgb.Pixels, factor);
            return rgb;
        }

        var degenerate = GrayDegenerate(image);
        var dst = new Image<byte>(image.Width, image.Height, image.Channels);
        Blend.Bytes(image.Pixels, degenerate.Pixels, dst.Pixels, factor);
        RestoreAlpha<byte>(image.Pixels, dst.Pixels, image.Channels);
        return dst;
    }

    public static Image<float> Saturation(Image<float> image, double factor)
    {
        if (image.Channels < 3)
        {
            return image.Clone();
        }

        var gray = new float[image.Width * image.Height];
        ColorKernels.Gray(image.Pixels, gray, image.Channels);
        var degenerate = new Image<float>(image.Width, image.Height, image.Channels);
        ColorKernels.SpreadGray<float>(gray, image.Pixels, degenerate.Pixels, image.Channels);
        var dst = new Image<float>(image.Width, image.Height, image.Channels);
        Blend.Floats(image.Pixels, degenerate.Pixels, dst.Pixels, factor);
        RestoreAlpha<float>(image.Pixels, dst.Pixels, image.Channels);
        return dst;
    }

    public static Image<T> Hue<T>(Image<T> image, double factor)
        where T : unmanaged
    {
        if (image.Channels < 3)
        {
            return image.Clone();
        }

        var dst = new Image<T>(image.Width, image.Height, image.Channels);
        ColorKernels.Hue<T>(image.Pixels, dst.Pixels, image.Channels, factor);
        return dst;
    }

    public static Image<byte> Sharpness(Image<byte> image, double factor)
    {
        if (image.Width <= 2 || image.Height <= 2)
        {
            return image.Clone();
        }

        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Convolution.Sharpen(image.Pixels, dst.Pixels, image.Width, image.Height, image.Channels, factor);
        RestoreAlpha<byte>(image.Pixels, dst.Pixels, image.Channels);
        return dst;
    }

    public static Image<float> Sharpness(Image<float> image, double factor)
    {
        if (image.Width <= 2 || image.Height <= 2)
        {
            return image.Clone();
        }

        var degenerate = new Image<float>(image.Width, image.Height, image.Channels);
        Convolution.Smooth3x3(image.Pixels, degenerate.Pixels, image.Width, image.Height, image.Channels);
        var dst = new Image<float>(image.Width, image.Height, image.Channels);
        Blend.Floats(image.Pixels, degenerate.Pixels, dst.Pixels, factor);
        RestoreAlpha<float>(image.Pixels, dst.Pixels, image.Channels);
        return dst;
    }

    /// <summary>One table over the colour channels; alpha copied.</summary>
    public static Image<byte> WithTable(Image<byte> image, ReadOnlySpan<byte> table)
    {
        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Lut.Apply(image.Pixels, dst.Pixels, table, image.Channels, Math.Min(image.Channels, 3));
        return dst;
    }

    /// <summary>A point function over the colour channels of a float image; alpha copied. The state argument keeps the lambda static (no closure allocation).</summary>
    public static Image<float> MapColor(Image<float> image, float state, Func<float, float, float> f)
    {
        var dst = image.Clone();
        var d = dst.Pixels;
        int channels = image.Channels;
        if (channels < 4)
        {
            for (int i = 0; i < d.Length; i++)
            {
                d[i] = f(d[i], state);
            }

            return dst;
        }

        for (int i = 0; i < d.Length; i += channels)
        {
            d[i] = f(d[i], state);
            d[i + 1] = f(d[i + 1], state);
            d[i + 2] = f(d[i + 2], state);
        }

        return dst;
    }

    /// <summary>Clamps to [0, 1] in place, vectorized.</summary>
    public static void ClampUnit(Span<float> values)
    {
        TensorPrimitives.Max(values, 0f, values);
        TensorPrimitives.Min(values, 1f, values);
    }

    /// <summary>Copies channel 3 (alpha) of RGBA from src to dst; blends must not change it even by a rounding step.</summary>
    public static void RestoreAlpha<T>(ReadOnlySpan<T> src, Span<T> dst, int channels)
        where T : unmanaged
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

    private static Image<byte> GrayDegenerate(Image<byte> image)
    {
        if (image.Channels == 3)
        {
            var rgb = Image<byte>.CreateUninitialized(image.Width, image.Height, 3);
            ColorKernels.GrayToRgb(image.Pixels, rgb.Pixels);
            return rgb;
        }

        var gray = ArrayPool<byte>.Shared.Rent(image.Width * image.Height);
        try
        {
            var g = gray.AsSpan(0, image.Width * image.Height);
            ColorKernels.Gray(image.Pixels, g, image.Channels);
            var degenerate = new Image<byte>(image.Width, image.Height, image.Channels);
            ColorKernels.SpreadGray<byte>(g, image.Pixels, degenerate.Pixels, image.Channels);
            return degenerate;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(gray);
        }
    }
}
