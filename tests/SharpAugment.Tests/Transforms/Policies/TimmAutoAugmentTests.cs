using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Policies;
using static SharpAugment.Tests.Transforms.Policies.PolicyDraws;

namespace SharpAugment.Tests.Transforms.Policies;

/// <summary><c>timm_autoaugment</c>: sub-policies uniform, original posterize keeps 4 to 8 bits (20,000 seeded draws).</summary>
public class TimmAutoAugmentTests
{
    [Fact]
    public void TimmAutoAugmentSubPoliciesAreUniformAndOriginalPosterizeKeepsFourToEightBits()
    {
        var chosen = new long[25];
        foreach (var p in Draw("timm_autoaugment(policy=original)"))
        {
            chosen[p.SubPolicy]++;
            Assert.All(p.Ops.Where(o => o.Op == PolicyOp.Posterize), o => Assert.InRange(o.Magnitude, 4, 8));
        }

        Assert.True(ChiSquare(chosen, Enumerable.Repeat(Draws / 25.0, 25).ToArray()) < Chi999(24));
    }
}
