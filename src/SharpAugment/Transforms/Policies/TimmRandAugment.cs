using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Policies;

/// <summary>timm's RandAugment: n ops from its 15-op pool, each applied with probability p at a (noisy) magnitude on timm's 0..10 scale.</summary>
/// <remarks>
/// The op pool, level-to-argument mappings, magnitude noise and choice weights follow timm's auto_augment.py; each op is
/// then performed by our transform of the same name (torchvision tensor semantics, which can differ from timm's PIL
/// kernels by a level or two), and translations are whole pixels.
/// </remarks>
public sealed class TimmRandAugment : PolicyTransform<TimmRandAugmentOptions>
{
    private static readonly PolicyOp[] Pool =
    [
        PolicyOp.AutoContrast, PolicyOp.Equalize, PolicyOp.Invert, PolicyOp.Rotate, PolicyOp.Posterize, PolicyOp.Solarize,
        PolicyOp.SolarizeAdd, PolicyOp.Color, PolicyOp.Contrast, PolicyOp.Brightness, PolicyOp.Sharpness, PolicyOp.ShearX,
        PolicyOp.ShearY, PolicyOp.TranslateX, PolicyOp.TranslateY,
    ];

    // timm's _RAND_CHOICE_WEIGHTS_0, in Pool order.
    private static readonly double[] Weights0 = [0.025, 0.005, 0, 0.3, 0, 0.005, 0.005, 0.025, 0.005, 0.005, 0.025, 0.2, 0.2, 0.1, 0.1];

    private readonly TimmRandAugmentConfig _config;

    /// <summary>Creates the policy from its configuration string.</summary>
    public TimmRandAugment(TimmRandAugmentOptions options)
        : base("rand_augment", options)
    {
        _config = TimmRandAugmentConfig.Parse(Name, Options.Config);
    }

    /// <summary>The parsed configuration.</summary>
    public TimmRandAugmentConfig Config => _config;

    /// <summary>The 15 ops of timm's pool.</summary>
    public static IReadOnlyList<PolicyOp> OpPool => Pool;

    /// <inheritdoc/>
    public override PolicyParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(rng);
        var chosen = Choose(rng);
        var ops = new List<AppliedOp>(chosen.Length);
        foreach (var op in chosen)
        {
            if (_config.Probability < 1.0 && rng.NextDouble() > _config.Probability)
            {
                continue;
            }

            double level = _config.Magnitude;
            if (double.IsPositiveInfinity(_config.MagnitudeStd))
            {
                level = rng.Uniform(0, level);
            }
            else if (_config.MagnitudeStd > 0)
            {
                level = rng.Normal(level, _config.MagnitudeStd);
            }

            level = Math.Clamp(level, 0, _config.MagnitudeMax);
            ops.Add(LevelToOp(op, level, _config.Increasing, sample.Width, sample.Height, rng));
        }

        return new PolicyParams([.. ops]);
    }

    private PolicyOp[] Choose(Rng rng)
    {
        var result = new PolicyOp[_config.NumLayers];
        if (_config.WeightIndex < 0)
        {
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = Pool[rng.Next(Pool.Length)];
            }

            return result;
        }

        // numpy's choice without replacement: draw by weight, remove the drawn op, renormalize.
        var w = (double[])Weights0.Clone();
        for (int i = 0; i < result.Length; i++)
        {
            double total = w.Sum();
            double u = rng.NextDouble() * total;
            int k = 0;
            while (k < w.Length - 1 && (u -= w[k]) >= 0)
            {
                k++;
            }

            result[i] = Pool[k];
            w[k] = 0;
        }

        return result;
    }

    /// <summary>timm's level-to-argument mapping of one op (level on the 0..10 scale) as a signed policy step; <paramref name="originalPosterize"/> selects timm's PosterizeOriginal (4 to 8 bits).</summary>
    public static AppliedOp LevelToOp(PolicyOp op, double level, bool increasing, int width, int height, Rng rng, bool originalPosterize = false)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double f = level / 10.0;
        double Signed(double v, out bool negated)
        {
            negated = rng.NextDouble() > 0.5;
            return negated ? -v : v;
        }

        bool neg = false;
        double m;
        switch (op)
        {
            case PolicyOp.Rotate:
                m = Signed(f * 30.0, out neg);
                break;
            case PolicyOp.ShearX:
            case PolicyOp.ShearY:
                m = Signed(f * 0.3, out neg);
                break;
            case PolicyOp.TranslateX:
            case PolicyOp.TranslateY:
                // timm moves content by -pixels (PIL's inverse map adds them); the sign is random either way.
                m = -Signed(f * 0.45 * (op == PolicyOp.TranslateX ? width : height), out neg);
                break;
            case PolicyOp.Color:
            case PolicyOp.Contrast:
            case PolicyOp.Brightness:
            case PolicyOp.Sharpness:
                // timm keeps the increasing factor >= 0.1 (reached above level 10 with mmax).
                m = increasing ? Math.Max(0.1, 1.0 + Signed(f * 0.9, out neg)) - 1.0 : f * 1.8 + 0.1 - 1.0;
                break;
            case PolicyOp.Posterize:
                int bits = (int)(f * 4);
                m = originalPosterize ? bits + 4 : increasing ? 4 - bits : bits;
                break;
            case PolicyOp.Solarize:
                int t = Math.Min(256, (int)(f * 256));
                m = increasing ? 256 - t : t;
                if (m > 255)
                {
                    // A threshold of 256 inverts nothing.
                    return new AppliedOp(PolicyOp.Identity, 0, false, 0);
                }

                break;
            case PolicyOp.SolarizeAdd:
                m = Math.Min(128, (int)(f * 110));
                break;
            default:
                m = 0;
                break;
        }

        return new AppliedOp(op, (int)Math.Round(level), neg, m);
    }
}
