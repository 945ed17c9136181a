using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Policies;

/// <summary>torchvision's AutoAugment: one of 25 learned sub-policies, each op applied with its probability and a random sign.</summary>
public sealed class AutoAugment(AutoAugmentOptions options) : PolicyTransform<AutoAugmentOptions>("autoaugment", options)
{
    /// <summary>AutoAugment's table size.</summary>
    public const int Bins = 10;

    /// <inheritdoc/>
    public override PolicyParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(rng);
        var policies = AutoAugmentPolicies.Get(Options.Policy);
        int index = rng.Next(policies.Count);
        var sub = policies[index];
        double p1 = rng.NextDouble(), p2 = rng.NextDouble();
        bool n1 = rng.Next(2) == 0, n2 = rng.Next(2) == 0;
        var ops = new List<AppliedOp>(2);
        Add(ops, sub.Op1, sub.P1, sub.Bin1, p1, n1, sample);
        Add(ops, sub.Op2, sub.P2, sub.Bin2, p2, n2, sample);
        return new PolicyParams([.. ops], index);
    }

    private static void Add(List<AppliedOp> ops, PolicyOp op, double p, int bin, double draw, bool negate, Sample s)
    {
        if (draw <= p)
        {
            bool signed = MagnitudeTables.IsSigned(op) && bin >= 0;
            ops.Add(Step(PolicyFamily.AutoAugment, op, Math.Max(bin, 0), Bins, signed && negate, s.Width, s.Height));
        }
    }
}
