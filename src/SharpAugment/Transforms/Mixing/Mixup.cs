using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Mixing;

/// <summary>torchvision v2 MixUp on a batch: one lambda ~ Beta(alpha, alpha); sample i becomes lambda * x_i + (1 - lambda) * x_(i-1), labels likewise.</summary>
public sealed class Mixup(MixupOptions options) : BatchTransform<MixupOptions, MixupParams>("mixup", options)
{
    /// <inheritdoc/>
    public override MixupParams SampleParams(ImageBatch batch, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return new MixupParams(rng.Beta(Options.Alpha, Options.Alpha));
    }

    /// <inheritdoc/>
    public override ImageBatch Apply(ImageBatch batch, MixupParams parameters)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(parameters);
        return BatchMixing.WithRolledPartner(batch, parameters.Lambda, (a, b) => SampleMixing.Blend(a, b, parameters.Lambda));
    }
}
