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
/// </summary>
public class PolicyDistributionTests
{
    private const int Draws = 20_000;
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();
    private static readonly Sample Input = new(TestImages.Random(64, 48, 3));

    // 0.999 quantiles of chi-square with k degrees of freedom.
    private static double Chi999(int df) => df switch
    {
        1 => 10.828, 2 => 13.816, 12 => 32.909, 13 => 34.528, 14 => 36.123, 24 => 51.179, 30 => 59.703,
        _ => throw new ArgumentOutOfRangeException(nameof(df)),
    };

    private static double ChiSquare(IReadOnlyList<long> observed, IReadOnlyList<double> expected)
    {
        double chi = 0;
        for (int i = 0; i < observed.Count; i++)
        {
            chi += (observed[i] - expected[i]) * (observed[i] - expected[i]) / expected[i];
        }

        return chi;
    }

    private static IEnumerable<PolicyParams> Sample(string pipeline)
    {
        var built = Registry.Parse<Sample>(pipeline);
        for (int i = 0; i < Draws; i++)
        {
            var tape = new List<SampledStep>();
            built.Apply(Input, new AugmentContext(Rng.ForSample(42, 0, i), tape));
            yield return (PolicyParams)tape[0].Parameters!;
        }
    }

    [Fact]
    public void RandAugmentOpsAreUniformAndSignsFair()
    {
        var ops = new long[MagnitudeTables.WideOps.Count];
        long signed = 0, negated = 0;
        foreach (var p in Sample("randaugment(num_ops=2, magnitude=9)"))
        {
            Assert.Equal(2, p.Ops.Length);
            foreach (var op in p.Ops)
            {
                ops[MagnitudeTables.WideOps.ToList().IndexOf(op.Op)]++;
                if (MagnitudeTables.IsSigned(op.Op))
                {
                    signed++;
                    negated += op.Negate ? 1 : 0;
                }

                Assert.Equal(MagnitudeTables.HasMagnitude(op.Op) ? 9 : 0, op.Bin);
            }
        }

        double each = 2.0 * Draws / ops.Length;
        Assert.True(ChiSquare(ops, Enumerable.Repeat(each, ops.Length).ToArray()) < Chi999(13));
        Assert.True(ChiSquare([negated, signed - negated], [signed / 2.0, signed / 2.0]) < Chi999(1));
    }

    [Fact]
    public void TrivialAugmentOpsAndBinsAreUniform()
    {
        var ops = new long[MagnitudeTables.WideOps.Count];
        var bins = new long[31];
        long withMagnitude = 0;
        foreach (var p in Sample("trivialaugment"))
        {
            var op = Assert.Single(p.Ops);
            ops[MagnitudeTables.WideOps.ToList().IndexOf(op.Op)]++;
            if (MagnitudeTables.HasMagnitude(op.Op))
            {
                bins[op.Bin]++;
                withMagnitude++;
            }
        }

        Assert.True(ChiSquare(ops, Enumerable.Repeat((double)Draws / ops.Length, ops.Length).ToArray()) < Chi999(13));
        Assert.True(ChiSquare(bins, Enumerable.Repeat(withMagnitude / 31.0, 31).ToArray()) < Chi999(30));
    }

    [Fact]
    public void AutoAugmentSubPoliciesAreUniformAndOpsFollowTheirProbabilities()
    {
        var chosen = new long[25];
        var applied = new long[25, 2];
        foreach (var p in Sample("autoaugment(policy=imagenet)"))
        {
            chosen[p.SubPolicy]++;
            var sub = AutoAugmentPolicies.Get(AutoAugmentPolicy.Imagenet)[p.SubPolicy];

            // Ops are listed in order; when both ops of a sub-policy are the same op, count them by position.
            if (p.Ops.Length == 2)
            {
                applied[p.SubPolicy, 0]++;
                applied[p.SubPolicy, 1]++;
            }
            else if (p.Ops.Length == 1)
            {
                bool first = p.Ops[0].Op == sub.Op1 && (sub.Op1 != sub.Op2 || sub.P2 == 0 || sub.P1 >= sub.P2);
                applied[p.SubPolicy, first ? 0 : 1]++;
            }
        }

        Assert.True(ChiSquare(chosen, Enumerable.Repeat(Draws / 25.0, 25).ToArray()) < Chi999(24));

        // Each sub-op is applied with its probability: a 5-sigma binomial bound per sub-op (same-op pairs with equal
        // probabilities are skipped, since a lone application cannot be attributed to one position).
        var subs = AutoAugmentPolicies.Get(AutoAugmentPolicy.Imagenet);
        for (int i = 0; i < 25; i++)
        {
            if (subs[i].Op1 == subs[i].Op2)
            {
                continue;
            }

            foreach (var (k, prob) in new[] { (0, subs[i].P1), (1, subs[i].P2) })
            {
                double n = chosen[i], expected = n * prob, sd = Math.Sqrt(n * prob * (1 - prob));
                Assert.InRange(applied[i, k], expected - 5 * sd - 1e-9, expected + 5 * sd + 1e-9);
            }
        }
    }

    [Fact]
    public void TimmRandAugmentChoosesFromFifteenOpsWithProbabilityHalf()
    {
        var t = (TimmRandAugment)Registry.Parse<Sample>("rand_augment(config=\"rand-m9-n2-mstd0\")");
        var counts = new long[15];
        long total = 0;
        for (int i = 0; i < Draws; i++)
        {
            var p = t.SampleParams(Input, Rng.ForSample(7, 0, i));
            total += p.Ops.Length;
            foreach (var op in p.Ops)
            {
                counts[TimmRandAugment.OpPool.ToList().IndexOf(op.Op)] += 1;
            }
        }

        // p=0.5 per op, two ops per draw: total applied ~ Binomial(40,000, 0.5), 5 sigma = 500.
        Assert.InRange(total, 20_000 - 500, 20_000 + 500);

        // Solarize at m9 maps to threshold 230 (not identity), so every pool op is counted under its own name.
        Assert.True(ChiSquare(counts, Enumerable.Repeat(total / 15.0, 15).ToArray()) < Chi999(14));
    }

    [Fact]
    public void AugMixWeightsSumToOneAndDepthsAreUniform()
    {
        var t = (AugMix)Registry.Parse<Sample>("augmix");
        var depths = new long[3];
        for (int i = 0; i < Draws / 4; i++)
        {
            var p = t.SampleParams(Input, Rng.ForSample(3, 0, i));
            Assert.Equal(1.0, p.OriginalWeight + p.ChainWeights.Sum(), 9);
            Assert.Equal(3, p.Chains.Length);
            foreach (var chain in p.Chains)
            {
                depths[chain.Length - 1]++;
                Assert.All(chain, op => Assert.InRange(op.Bin, 0, 2));
            }
        }

        long n = depths.Sum();
        Assert.True(ChiSquare(depths, [n / 3.0, n / 3.0, n / 3.0]) < Chi999(2));
    }
}
