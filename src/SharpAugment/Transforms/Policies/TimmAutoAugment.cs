using SharpAugment.Imaging;
using SharpAugment.Randomness;
using static SharpAugment.Transforms.Policies.PolicyOp;

namespace SharpAugment.Transforms.Policies;

/// <summary>timm's AutoAugment: one of 25 sub-policies of (op, probability, level on timm's 0..10 scale), with timm's level mappings.</summary>
public sealed class TimmAutoAugment(TimmAutoAugmentOptions options) : PolicyTransform<TimmAutoAugmentOptions>("timm_autoaugment", options)
{
    private enum Kind
    {
        Plain,
        Increasing,
        Original,
    }

    private sealed record Entry(PolicyOp Op, double P, int Level, Kind Kind = Kind.Plain);

    private const Kind Inc = Kind.Increasing;
    private const Kind Org = Kind.Original;

    private static readonly Entry[][] V0 =
    [
        [new(Equalize, .8, 1), new(ShearY, .8, 4)], [new(Color, .4, 9), new(Equalize, .6, 3)], [new(Color, .4, 1), new(Rotate, .6, 8)],
        [new(Solarize, .8, 3), new(Equalize, .4, 7)], [new(Solarize, .4, 2), new(Solarize, .6, 2)], [new(Color, .2, 0), new(Equalize, .8, 8)],
        [new(Equalize, .4, 8), new(SolarizeAdd, .8, 3)], [new(ShearX, .2, 9), new(Rotate, .6, 8)], [new(Color, .6, 1), new(Equalize, 1.0, 2)],
        [new(Invert, .4, 9), new(Rotate, .6, 0)], [new(Equalize, 1.0, 9), new(ShearY, .6, 3)], [new(Color, .4, 7), new(Equalize, .6, 0)],
        [new(Posterize, .4, 6), new(AutoContrast, .4, 7)], [new(Solarize, .6, 8), new(Color, .6, 9)], [new(Solarize, .2, 4), new(Rotate, .8, 9)],
        [new(Rotate, 1.0, 7), new(TranslateY, .8, 9)], [new(ShearX, 0.0, 0), new(Solarize, .8, 4)], [new(ShearY, .8, 0), new(Color, .6, 4)],
        [new(Color, 1.0, 0), new(Rotate, .6, 2)], [new(Equalize, .8, 4), new(Equalize, 0.0, 8)], [new(Equalize, 1.0, 4), new(AutoContrast, .6, 2)],
        [new(ShearY, .4, 7), new(SolarizeAdd, .6, 7)], [new(Posterize, .8, 2), new(Solarize, .6, 10)], [new(Solarize, .6, 8), new(Equalize, .6, 1)],
        [new(Color, .8, 6), new(Rotate, .4, 5)],
    ];

    private static readonly Entry[][] OriginalPolicy =
    [
        [new(Posterize, .4, 8, Org), new(Rotate, .6, 9)], [new(Solarize, .6, 5), new(AutoContrast, .6, 5)], [new(Equalize, .8, 8), new(Equalize, .6, 3)],
        [new(Posterize, .6, 7, Org), new(Posterize, .6, 6, Org)], [new(Equalize, .4, 7), new(Solarize, .2, 4)], [new(Equalize, .4, 4), new(Rotate, .8, 8)],
        [new(Solarize, .6, 3), new(Equalize, .6, 7)], [new(Posterize, .8, 5, Org), new(Equalize, 1.0, 2)], [new(Rotate, .2, 3), new(Solarize, .6, 8)],
        [new(Equalize, .6, 8), new(Posterize, .4, 6, Org)], [new(Rotate, .8, 8), new(Color, .4, 0)], [new(Rotate, .4, 9), new(Equalize, .6, 2)],
        [new(Equalize, 0.0, 7), new(Equalize, .8, 8)], [new(Invert, .6, 4), new(Equalize, 1.0, 8)], [new(Color, .6, 4), new(Contrast, 1.0, 8)],
        [new(Rotate, .8, 8), new(Color, 1.0, 2)], [new(Color, .8, 8), new(Solarize, .8, 7)], [new(Sharpness, .4, 7), new(Invert, .6, 8)],
        [new(ShearX, .6, 5), new(Equalize, 1.0, 9)], [new(Color, .4, 0), new(Equalize, .6, 3)], [new(Equalize, .4, 7), new(Solarize, .2, 4)],
        [new(Solarize, .6, 5), new(AutoContrast, .6, 5)], [new(Invert, .6, 4), new(Equalize, 1.0, 8)], [new(Color, .6, 4), new(Contrast, 1.0, 8)],
        [new(Equalize, .8, 8), new(Equalize, .6, 3)],
    ];

    private Entry[][] Policy => Options.Policy switch
    {
        TimmAutoAugmentPolicy.V0r => WithResearchPosterize(V0),
        TimmAutoAugmentPolicy.Original => OriginalPolicy,
        TimmAutoAugmentPolicy.Originalr => WithResearchPosterize(OriginalPolicy),
        _ => V0,
    };

    private static Entry[][] WithResearchPosterize(Entry[][] policy) =>
        policy.Select(sub => sub.Select(s => s.Op == Posterize ? s with { Kind = Inc } : s).ToArray()).ToArray();

    /// <inheritdoc/>
    public override PolicyParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(rng);
        var policy = Policy;
        int index = rng.Next(policy.Length);
        var ops = new List<AppliedOp>(2);
        foreach (var step in policy[index])
        {
            if (step.P < 1.0 && rng.NextDouble() > step.P)
            {
                continue;
            }

            double level = step.Level;
            if (Options.MagnitudeStd > 100)
            {
                level = rng.Uniform(0, level);
            }
            else if (Options.MagnitudeStd > 0)
            {
                level = rng.Normal(level, Options.MagnitudeStd);
            }

            level = Math.Clamp(level, 0, 10);
            ops.Add(TimmRandAugment.LevelToOp(step.Op, level, step.Kind == Inc, sample.Width, sample.Height, rng, step.Kind == Org));
        }

        return new PolicyParams([.. ops], index);
    }
}
