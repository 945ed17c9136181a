using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Noise;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Transforms.Weather;

/// <summary>
/// Albumentations PlasmaBrightnessContrast on [0, 1] values: x += b * plasma, then with w = 1 + c * plasma and m the mean
/// of the brightened image (all channels), x = x * w + m * (1 - w), clipped; bytes go through x / 255 and back rounded.
/// Alpha, masks, boxes and keypoints are untouched.
/// </summary>
public sealed class PlasmaBrightnessContrast(PlasmaBrightnessContrastOptions options)
    : PixelTransform<PlasmaBrightnessContrastOptions, PlasmaBrightnessContrastParams>("plasma_brightness_contrast", options)
{
    /// <inheritdoc/>
    public override PlasmaBrightnessContrastParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double b = Options.BrightnessRange.Sample(rng);
        double c = Options.ContrastRange.Sample(rng);
        return new(b, c, rng.NextUInt64());
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, PlasmaBrightnessContrastParams parameters) => Run(image, parameters);

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, PlasmaBrightnessContrastParams parameters) => Run(image, parameters);

    private IImage Run(IImage image, PlasmaBrightnessContrastParams p)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(p);
        var x = NoiseOps.ToUnit(image);
        if (p.Brightness == 0 && p.Contrast == 0)
        {
            return NoiseOps.FromUnit(image, x);
        }

        var pattern = PlasmaPattern.Generate(image.Width, image.Height, Options.Roughness, new Rng(p.PatternSeed));
        int channels = image.Channels, colour = ColorChannels(image);
        float b = (float)p.Brightness, c = (float)p.Contrast;
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (i % channels < colour)
            {
                x[i] += pattern[i / channels] * b;
            }

            sum += x[i];
        }

        float mean = (float)(sum / x.Length);
        for (int i = 0; i < x.Length; i++)
        {
            if (i % channels < colour)
            {
                float w = (pattern[i / channels] * c) + 1;
                x[i] = Math.Clamp((x[i] * w) + (mean * (1 - w)), 0f, 1f);
            }
        }

        return NoiseOps.FromUnit(image, x);
    }
}
