using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Policies;

/// <summary>torchvision's TrivialAugmentWide: one uniformly chosen op at a uniformly chosen bin of the wide tables.</summary>
public sealed class TrivialAugment(TrivialAugmentOptions options) : PolicyTransform<TrivialAugmentOptions>("trivialaugment", options)
{
    /// <inheritdoc/>
    public override PolicyParams SampleParams(Sample sample, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(rng);
        var op = MagnitudeTables.WideOps[rng.Next(MagnitudeTables.WideOps.Count)];
        int bin = MagnitudeTables.HasMagnitude(op) ? rng.Next(Options.NumMagnitudeBins) : 0;
        bool negate = MagnitudeTables.IsSigned(op) && rng.Next(2) == 1;
        return new PolicyParams([Step(PolicyFamily.TrivialAugmentWide, op, bin, Options.NumMagnitudeBins, negate, sample.Width, sample.Height)]);
    }
}
