using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Policies;
using static SharpAugment.Tests.Transforms.Policies.PolicyDraws;

namespace SharpAugment.Tests.Transforms.Policies;

/// <summary><c>randaugment</c>: ops uniform, signs fair, one bin for all ops (20,000 seeded draws).</summary>
public class RandAugmentTests
{
    [Fact]
    public void RandAugmentOpsAreUniformAndSignsFair()
    {
        var ops = new long[MagnitudeTables.WideOps.Count];
        long signed = 0, negated = 0;
        foreach (var p in Draw("randaugment(num_ops=2, magnitude=9)"))
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
}
