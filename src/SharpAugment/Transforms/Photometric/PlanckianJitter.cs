using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Photometric;

/// <summary>
/// Albumentations PlanckianJitter: the illuminant's RGB at the drawn temperature (linear between the table's 500 K
/// steps) scales red by r/g and blue by b/g; bytes through albucore's truncating table, floats multiplied and clipped.
/// RGB only: gray images are returned unchanged (Albumentations raises), RGBA keeps alpha.
/// </summary>
public sealed class PlanckianJitter(PlanckianJitterOptions options) : PixelTransform<PlanckianJitterOptions, PlanckianJitterParams>("planckian_jitter", options)
{
    // Albumentations 2.0.8's PLANCKIAN_COEFFS: RGB of each illuminant, every 500 K.
    private static readonly double[][] Blackbody =
    [
        [0.6743, 0.4029, 0.0013], [0.6281, 0.4241, 0.1665], [0.5919, 0.4372, 0.2513], [0.5623, 0.4457, 0.3154], [0.5376, 0.4515, 0.3672],
        [0.5163, 0.4555, 0.4103], [0.4979, 0.4584, 0.4468], [0.4816, 0.4604, 0.4782], [0.4672, 0.4619, 0.5053], [0.4542, 0.4630, 0.5289],
        [0.4426, 0.4638, 0.5497], [0.4320, 0.4644, 0.5681], [0.4223, 0.4648, 0.5844], [0.4135, 0.4651, 0.5990], [0.4054, 0.4653, 0.6121],
        [0.3980, 0.4654, 0.6239], [0.3911, 0.4655, 0.6346], [0.3847, 0.4656, 0.6444], [0.3787, 0.4656, 0.6532], [0.3732, 0.4656, 0.6613],
        [0.3680, 0.4655, 0.6688], [0.3632, 0.4655, 0.6756], [0.3586, 0.4655, 0.6820], [0.3544, 0.4654, 0.6878], [0.3503, 0.4653, 0.6933],
    ];

    private static readonly double[][] Cied =
    [
        [0.5829, 0.4421, 0.2288], [0.5510, 0.4514, 0.2948], [0.5246, 0.4576, 0.3488], [0.5021, 0.4618, 0.3941], [0.4826, 0.4646, 0.4325],
        [0.4654, 0.4667, 0.4654], [0.4502, 0.4681, 0.4938], [0.4364, 0.4692, 0.5186], [0.4240, 0.4700, 0.5403], [0.4127, 0.4705, 0.5594],
        [0.4023, 0.4709, 0.5763], [0.3928, 0.4713, 0.5914], [0.3839, 0.4715, 0.6049], [0.3757, 0.4716, 0.6171], [0.3681, 0.4717, 0.6281],
        [0.3609, 0.4718, 0.6380], [0.3543, 0.4719, 0.6472], [0.3480, 0.4719, 0.6555], [0.3421, 0.4719, 0.6631], [0.3365, 0.4719, 0.6702],
        [0.3313, 0.4719, 0.6766], [0.3263, 0.4719, 0.6826], [0.3217, 0.4719, 0.6882],
    ];

    private const int White = 6000;

    private int MinTemperature => Options.Mode == PlanckianJitterMode.Blackbody ? 3000 : 4000;

    /// <inheritdoc/>
    public override PlanckianJitterParams SampleParams(Sample sample, Rng rng)
    {
        var limit = Options.TemperatureLimit ?? new(MinTemperature, 15000);
        double t;
        bool below = rng.NextDouble() < 0.4;
        if (Options.SamplingMethod == PlanckianSampling.Uniform)
        {
            t = below ? rng.Uniform(limit.Lo, White) : rng.Uniform(White, limit.Hi);
        }
        else
        {
            t = below ? White - Math.Abs(rng.Normal(0, Math.Abs(White - limit.Lo) / 3.0)) : White + Math.Abs(rng.Normal(0, Math.Abs(limit.Hi - White) / 3.0));
        }

        return new((int)Math.Clamp(t, limit.Lo, limit.Hi));
    }

    /// <summary>The red and blue multipliers (r/g, b/g) at a temperature.</summary>
    public (double Red, double Blue) Gains(int temperature)
    {
        var table = Options.Mode == PlanckianJitterMode.Blackbody ? Blackbody : Cied;
        int min = MinTemperature, max = 15000;
        int t = Math.Clamp(temperature, min, max);
        int left = Math.Max(t / 500 * 500, min), right = Math.Min(((t / 500) + 1) * 500, max);
        double[] c = new double[3];
        var l = table[(left - min) / 500];
        if (left == right)
        {
            l.CopyTo(c, 0);
        }
        else
        {
            var r = table[(right - min) / 500];
            double wr = (double)(t - left) / (right - left), wl = 1 - wr;
            for (int i = 0; i < 3; i++)
            {
                c[i] = (wl * l[i]) + (wr * r[i]);
            }
        }

        return (c[0] / c[1], c[2] / c[1]);
    }

    /// <inheritdoc/>
    protected override IImage ApplyBytes(Image<byte> image, PlanckianJitterParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        if (image.Channels < 3)
        {
            return image.Clone();
        }

        var (red, blue) = Gains(parameters.Temperature);
        var tables = new byte[256 * 3];
        for (int i = 0; i < 256; i++)
        {
            tables[i] = (byte)Math.Clamp(i * (float)red, 0f, 255f);
            tables[256 + i] = (byte)i;
            tables[512 + i] = (byte)Math.Clamp(i * (float)blue, 0f, 255f);
        }

        var dst = Image<byte>.CreateUninitialized(image.Width, image.Height, image.Channels);
        Kernels.Lut.ApplyPerChannel(image.Pixels, dst.Pixels, tables, image.Channels, 3);
        return dst;
    }

    /// <inheritdoc/>
    protected override IImage ApplyFloats(Image<float> image, PlanckianJitterParams parameters)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(parameters);
        var dst = image.Clone();
        if (image.Channels < 3)
        {
            return dst;
        }

        var (red, blue) = Gains(parameters.Temperature);
        for (int i = 0; i < dst.Pixels.Length; i += image.Channels)
        {
            dst.Pixels[i] = Math.Clamp(dst.Pixels[i] * (float)red, 0f, 1f);
            dst.Pixels[i + 2] = Math.Clamp(dst.Pixels[i + 2] * (float)blue, 0f, 1f);
        }

        return dst;
    }
}
