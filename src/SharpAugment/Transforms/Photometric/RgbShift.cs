using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>
/// Albumentations RGBShift (a constant additive noise per channel): each shift is drawn as a fraction of the maximum;
/// bytes add it times 255 truncated to an integer and saturate (albucore's table), floats add it and clamp to [0, 1].
/// Gray images take the red shift; RGBA keeps alpha.
/// </summary>
public sealed class RgbShift(RgbShiftOptions options) : PixelTransform<RgbShiftOptions, RgbShiftParams>("rgb_shift", options)
{
    /// <inheritdoc/>
    public override RgbShiftParams SampleParams(Sample sample, Rng rng)
    {
        double r = Draw(Options.RShiftLimit, rng);
        double g = Draw(Options.GShiftLimit, rng);
        return new(r, g, Draw(Options.BShiftLimit, rng));
    }

    private static double Draw(FloatRange range, Rng rng)
    {
        bool levels = Math.Abs(range.Lo) > 1 || Math.Abs(range.Hi) > 1;
        return levels ? rng.Uniform(range.Lo / 255.0, range.Hi / 255.0) : rng.Uniform(range.Lo, range.Hi);
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, RgbShiftParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        double[] shifts = [parameters.R, parameters.G, parameters.B];
        int colour = ColorChannels(image);
        var tables = new byte[256 * colour];
        for (int c = 0; c < colour; c++)
        {
            float add = (float)Math.Truncate(shifts[c] * 255);
            for (int i = 0; i < 256; i++)
            {
                tables[(256 * c) + i] = (byte)Math.Clamp(i + add, 0f, 255f);
            }
        }

        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Lut.ApplyPerChannel(image.Pixels, dst.Pixels, tables, image.Channels, colour);
        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, RgbShiftParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        float[] shifts = [(float)parameters.R, (float)parameters.G, (float)parameters.B];
        var dst = image.Clone();
        var d = dst.Pixels;
        int channels = image.Channels, colour = ColorChannels(image);
        for (int i = 0; i < d.Length; i += channels)
        {
            for (int c = 0; c < colour; c++)
            {
                d[i + c] = Math.Clamp(d[i + c] + shifts[c], 0f, 1f);
            }
        }

        return dst;
    }
}
