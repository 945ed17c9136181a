using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>
/// Albumentations RandomBrightnessContrast: x * alpha + beta, beta = brightness * 255 (1 for floats) or * the image
/// mean (over every value). Bytes follow albucore's table: float32 i * alpha + beta, clipped and truncated; floats are
/// computed in double and clamped to [0, 1] (Albumentations leaves them unclipped). Colour channels only.
/// </summary>
public sealed class RandomBrightnessContrast(RandomBrightnessContrastOptions options)
    : PixelTransform<RandomBrightnessContrastOptions, RandomBrightnessContrastParams>("random_brightness_contrast", options)
{
    /// <inheritdoc/>
    public override RandomBrightnessContrastParams SampleParams(Sample sample, Rng rng)
    {
        double alpha = 1.0 + Options.ContrastLimit.Sample(rng);
        return new(alpha, Options.BrightnessLimit.Sample(rng));
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, RandomBrightnessContrastParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var (alpha, beta) = Scaled(parameters, 255, Options.BrightnessByMax ? 0 : Mean(image.Pixels));
        float a = (float)alpha, b = (float)beta;
        Span<byte> table = stackalloc byte[256];
        for (int i = 0; i < 256; i++)
        {
            float v = (i * a) + b;
            table[i] = (byte)Math.Clamp(v, 0f, 255f);
        }

        return PhotometricOps.WithTable(image, table);
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, RandomBrightnessContrastParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var (alpha, beta) = Scaled(parameters, 1, Options.BrightnessByMax ? 0 : Kernels.ColorKernels.Mean(image.Pixels));
        var dst = image.Clone();
        var d = dst.Pixels;
        int channels = image.Channels, colour = ColorChannels(image);
        for (int i = 0; i < d.Length; i += channels)
        {
            for (int c = 0; c < colour; c++)
            {
                d[i + c] = (float)Math.Clamp((d[i + c] * alpha) + beta, 0.0, 1.0);
            }
        }

        return dst;
    }

    private (double Alpha, double Beta) Scaled(RandomBrightnessContrastParams p, double max, double mean)
    {
        double alpha = p.Alpha;
        double beta = p.Beta * (Options.BrightnessByMax ? max : mean);
        if (Options.EnsureSafeRange)
        {
            if (alpha > 0)
            {
                beta = Math.Clamp(beta, 0, max);
                alpha = Math.Min(alpha, (max - beta) / max);
            }
            else
            {
                beta = Math.Min(beta, max);
                alpha = Math.Max(alpha, -beta / max);
            }
        }

        return (alpha, beta);
    }

    private static double Mean(ReadOnlySpan<byte> pixels)
    {
        long sum = 0;
        foreach (byte v in pixels)
        {
            sum += v;
        }

        return pixels.Length == 0 ? 0 : (double)sum / pixels.Length;
    }
}
