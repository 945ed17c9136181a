using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Policies;
using static SharpAugment.Tests.Transforms.Policies.PolicyDraws;

namespace SharpAugment.Tests.Transforms.Policies;

/// <summary><c>augmix</c>: mixing weights sum to one, chain depths uniform.</summary>
public class AugMixTests
{
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
