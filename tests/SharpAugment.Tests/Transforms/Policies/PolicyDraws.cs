using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Policies;

namespace SharpAugment.Tests.Transforms.Policies;

/// <summary>
/// Issue 3: over 20,000 seeded draws, op, sign, bin and sub-policy frequencies match their specified distributions.
/// Each chi-square statistic is compared with the 0.999 quantile of its distribution, so a correct sampler fails a
/// given check with probability 0.001; the seeds are fixed, so the tests are deterministic.
/// The shared draws and chi-square helpers; each policy's checks are in its own test class.
/// </summary>
internal static class PolicyDraws
{
    internal const int Draws = 20_000;
    internal static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();
    internal static readonly Sample Input = new(TestImages.Random(64, 48, 3));

    // 0.999 quantiles of chi-square with k degrees of freedom.
    internal static double Chi999(int df) => df switch
    {
        1 => 10.828, 2 => 13.816, 12 => 32.909, 13 => 34.528, 14 => 36.123, 24 => 51.179, 30 => 59.703,
        _ => throw new ArgumentOutOfRangeException(nameof(df)),
    };

    internal static double ChiSquare(IReadOnlyList<long> observed, IReadOnlyList<double> expected)
    {
        double chi = 0;
        for (int i = 0; i < observed.Count; i++)
        {
            chi += (observed[i] - expected[i]) * (observed[i] - expected[i]) / expected[i];
        }

        return chi;
    }

    internal static IEnumerable<PolicyParams> Draw(string pipeline)
    {
        var built = Registry.Parse<Sample>(pipeline);
        for (int i = 0; i < Draws; i++)
        {
            var tape = new List<SampledStep>();
            built.Apply(Input, new AugmentContext(Rng.ForSample(42, 0, i), tape));
            yield return (PolicyParams)tape[0].Parameters!;
        }
    }
}
