using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Policies;
using static SharpAugment.Tests.Transforms.Policies.PolicyDraws;

namespace SharpAugment.Tests.Transforms.Policies;

/// <summary><c>rand_augment</c> (timm): fifteen ops, each applied with probability one half (20,000 seeded draws).</summary>
public class TimmRandAugmentTests
{
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
}
