using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Policies;
using static SharpAugment.Tests.Transforms.Policies.PolicyDraws;

namespace SharpAugment.Tests.Transforms.Policies;

/// <summary><c>trivialaugment</c>: ops and bins uniform (20,000 seeded draws).</summary>
public class TrivialAugmentTests
{
    [Fact]
    public void TrivialAugmentOpsAndBinsAreUniform()
    {
        var ops = new long[MagnitudeTables.WideOps.Count];
        var bins = new long[31];
        long withMagnitude = 0;
        foreach (var p in Draw("trivialaugment"))
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
}
