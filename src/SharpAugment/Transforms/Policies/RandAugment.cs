using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Policies;

/// <summary>torchvision's RandAugment: num_ops uniformly chosen ops, all at one magnitude bin, signed ops negated half the time.</summary>
public sealed class RandAugment : PolicyTransform<RandAugmentOptions>
{
    private readonly PolicyOp[] _pool;

    /// <summary>Creates the policy.</summary>
    public RandAugment(RandAugmentOptions options)
        : base("randaugment", options)
    {
        _pool = Options.Ops.Length == 0 ? [.. MagnitudeTables.WideOps] : PolicyOpNames.Parse(Name, "ops", Options.Ops);
    }

    /// <inheritdoc/>
    public override PolicyParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(rng);
        int bin = Options.Magnitude.Sample(rng);
        var ops = new AppliedOp[Options.NumOps];
        for (int i = 0; i < ops.Length; i++)
        {
            var op = _pool[rng.Next(_pool.Length)];
            bool negate = MagnitudeTables.IsSigned(op) && rng.Next(2) == 1;
            ops[i] = Step(PolicyFamily.RandAugment, op, MagnitudeTables.HasMagnitude(op) ? bin : 0, Options.NumMagnitudeBins, negate, sample.Width, sample.Height);
        }

        return new PolicyParams(ops);
    }
}
