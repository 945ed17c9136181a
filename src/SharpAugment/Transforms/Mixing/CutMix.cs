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
        int n = batch.Count;
        var samples = new Sample[n];
        var labels = new float[batch.Labels.Length];
        for (int i = 0; i < n; i++)
        {
            int j = BatchMixing.RollPartner(i, n);
            samples[i] = SampleMixing.Paste(batch.Samples[i], batch.Samples[j], parameters.Box);
            BatchMixing.MixRow(batch, i, j, parameters.Lambda, labels);
        }

        return batch.With(samples, labels);
    }
}
