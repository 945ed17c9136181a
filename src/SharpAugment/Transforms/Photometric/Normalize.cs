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
        // One vectorized pass (bytes widened, then x * scale + offset, the same two roundings as Affine), scalar tail.
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
        var dst = image.Clone();
        Affine(dst, 1.0);
        return dst;
    }

    /// <summary>In place: x * unit / std[c] - mean[c] / std[c].</summary>
    private void Affine(Image<float> image, double unit)
    {
        Span<float> scale = stackalloc float[4];
        Span<float> offset = stackalloc float[4];
        Coefficients(image.Channels, unit, scale, offset);
        var d = image.Pixels;
        int channels = image.Channels;
        if (channels == 3)
        {
            float s0 = scale[0], s1 = scale[1], s2 = scale[2], o0 = offset[0], o1 = offset[1], o2 = offset[2];
            for (int i = 0; i + 2 < d.Length; i += 3)
            {
                d[i] = (d[i] * s0) + o0;
                d[i + 1] = (d[i + 1] * s1) + o1;
                d[i + 2] = (d[i + 2] * s2) + o2;
            }

            return;
        }

        for (int i = 0; i < d.Length; i += channels)
        {
            for (int c = 0; c < channels; c++)
            {
                d[i + c] = (d[i + c] * scale[c]) + offset[c];
            }
        }
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
