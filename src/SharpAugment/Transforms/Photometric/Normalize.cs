using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Normalizes to a float image: (x / max_pixel_value - mean[c]) / std[c] for bytes, (x - mean[c]) / std[c] for floats. Every channel is normalized.</summary>
public sealed class Normalize(NormalizeOptions options) : PixelTransform<NormalizeOptions, NoParams>("normalize", options)
{
    /// <inheritdoc/>
    public override NoParams SampleParams(Sample sample, Rng rng) => NoParams.Instance;

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, NoParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        Span<float> scale = stackalloc float[4];
        Span<float> offset = stackalloc float[4];
        Coefficients(image.Channels, 1.0 / Options.MaxPixelValue, scale, offset);
        var dst = Image<float>.CreateUninitialized(image.Width, image.Height, image.Channels);
        var s = image.Pixels;
        var d = dst.Pixels;
        int channels = image.Channels;
        int start = Kernels.PixelMath.ScaleOffsetBytes(s, d, channels, scale, offset);
        for (int i = start; i < s.Length; i += channels)
        {
            for (int c = 0; c < channels; c++)
            {
                d[i + c] = (s[i + c] * scale[c]) + offset[c];
            }
        }

        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, NoParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        Span<float> scale = stackalloc float[4];
        Span<float> offset = stackalloc float[4];
        Coefficients(image.Channels, 1.0, scale, offset);
        var dst = Image<float>.CreateUninitialized(image.Width, image.Height, image.Channels);
        var s = image.Pixels;
        var d = dst.Pixels;
        int channels = image.Channels;
        for (int i = 0; i < s.Length; i += channels)
        {
            for (int c = 0; c < channels; c++)
            {
                d[i + c] = (s[i + c] * scale[c]) + offset[c];
            }
        }

        return dst;
    }

    /// <summary>out = x * scale[c] + offset[c] with scale = unit/std and offset = -mean/std.</summary>
    private void Coefficients(int channels, double unit, Span<float> scale, Span<float> offset)
    {
        var mean = Options.Mean;
        var std = Options.Std;
        if ((mean.Length != 1 && mean.Length != channels) || (std.Length != 1 && std.Length != channels))
        {
            throw new ArgumentException($"{Name}: mean has {mean.Length} and std {std.Length} values; a {channels}-channel image needs 1 or {channels} of each.");
        }

        for (int c = 0; c < channels; c++)
        {
            double m = mean[mean.Length == 1 ? 0 : c];
            double sd = std[std.Length == 1 ? 0 : c];
            scale[c] = (float)(unit / sd);
            offset[c] = (float)(-m / sd);
        }
    }
}
