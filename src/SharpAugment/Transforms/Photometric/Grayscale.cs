using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>torchvision rgb_to_grayscale: 0.2989 R + 0.587 G + 0.114 B in float32, truncated for uint8; gray input is returned unchanged.</summary>
public sealed class Grayscale(GrayscaleOptions options) : PixelTransform<GrayscaleOptions, NoParams>("grayscale", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, NoParams parameters) => Convert(image, ColorKernels.Gray);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, NoParams parameters) => Convert(image, ColorKernels.Gray);

    private Image<T> Convert<T>(Image<T> image, GrayFunction<T> gray)
        where T : unmanaged
    {
        if (image.Channels < 3)
        {
            return image.Clone();
        }

        int outChannels = Options.NumOutputChannels ?? image.Channels;
        if (typeof(T) == typeof(byte) && image.Channels == 3 && outChannels == 3)
        {
            // One pass, no intermediate gray plane.
            var rgb = Image<T>.CreateUninitialized(image.Width, image.Height, 3);
            ColorKernels.GrayToRgb(System.Runtime.InteropServices.MemoryMarshal.AsBytes(image.Pixels.AsSpan()), System.Runtime.InteropServices.MemoryMarshal.AsBytes(rgb.Pixels.AsSpan()));
            return rgb;
        }

        var g = Image<T>.CreateUninitialized(image.Width, image.Height, 1);
        gray(image.Pixels, g.Pixels, image.Channels);
        if (outChannels == 1)
        {
            return g;
        }

        var dst = Image<T>.CreateUninitialized(image.Width, image.Height, outChannels);
        if (outChannels == image.Channels)
        {
            ColorKernels.SpreadGray<T>(g.Pixels, image.Pixels, dst.Pixels, outChannels);
            return dst;
        }

        // RGBA to 3 channels: the alpha is dropped with the colour.
        var d = dst.Pixels;
        var s = g.Pixels;
        for (int i = 0, j = 0; j < s.Length; i += 3, j++)
        {
            d[i] = s[j];
            d[i + 1] = s[j];
            d[i + 2] = s[j];
        }

        return dst;
    }

    private delegate void GrayFunction<T>(ReadOnlySpan<T> src, Span<T> gray, int channels);
}
