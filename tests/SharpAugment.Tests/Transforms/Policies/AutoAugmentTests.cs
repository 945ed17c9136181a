using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Policies;
using static SharpAugment.Tests.Transforms.Policies.PolicyDraws;

namespace SharpAugment.Tests.Transforms.Policies;

/// <summary><c>autoaugment</c>: sub-policies uniform, each op applied with its probability (20,000 seeded draws).</summary>
public class AutoAugmentTests
{
    [Fact]
    public void AutoAugmentSubPoliciesAreUniformAndOpsFollowTheirProbabilities()
    {
        var chosen = new long[25];
        var applied = new long[25, 2];
        foreach (var p in Draw("autoaugment(policy=imagenet)"))
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
}
