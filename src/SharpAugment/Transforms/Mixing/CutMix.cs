using SharpAugment.Imaging;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms.Mixing;

/// <summary>torchvision v2 CutMix on a batch: one box for the batch; sample i takes sample i-1's pixels (and mask ids) inside it; labels weigh by the area left.</summary>
public sealed class CutMix(CutMixOptions options) : BatchTransform<CutMixOptions, CutMixParams>("cutmix", options)
{
    /// <inheritdoc/>
    public override CutMixParams SampleParams(ImageBatch batch, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rng);
        double lambda = rng.Beta(Options.Alpha, Options.Alpha);
        var box = CutMixBoxes.Torchvision(batch.Width, batch.Height, lambda, rng);
        return new CutMixParams(box.KeptFraction(batch.Width, batch.Height), box);
    }

    /// <inheritdoc/>
    public override ImageBatch Apply(ImageBatch batch, CutMixParams parameters)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(parameters);
        return BatchMixing.WithRolledPartner(batch, parameters.Lambda, (a, b) => SampleMixing.Paste(a, b, parameters.Box));
    }
}
