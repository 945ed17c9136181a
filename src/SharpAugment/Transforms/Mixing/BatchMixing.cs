using SharpAugment.Imaging;

namespace SharpAugment.Transforms.Mixing;

/// <summary>Partner rules and label bookkeeping shared by the batch mixers.</summary>
internal static class BatchMixing
{
    /// <summary>torchvision pairs sample i with sample i - 1 (batch.roll(1, 0)).</summary>
    public static int RollPartner(int i, int count) => i == 0 ? count - 1 : i - 1;

    /// <summary>timm pairs sample i with sample N - 1 - i (batch.flip(0)).</summary>
    public static int FlipPartner(int i, int count) => count - 1 - i;

    /// <summary>torchvision's pairing: sample i mixed with sample i-1 by <paramref name="mix"/>, labels weighted by <paramref name="lambda"/>.</summary>
    public static ImageBatch WithRolledPartner(ImageBatch batch, double lambda, Func<Sample, Sample, Sample> mix)
    {
        int n = batch.Count;
        var samples = new Sample[n];
        var labels = new float[batch.Labels.Length];
        for (int i = 0; i < n; i++)
        {
            int j = RollPartner(i, n);
            samples[i] = mix(batch.Samples[i], batch.Samples[j]);
            MixRow(batch, i, j, lambda, labels);
        }

        return batch.With(samples, labels);
    }

    /// <summary>Writes row i of the output labels: lambda * own + (1 - lambda) * partner.</summary>
    public static void MixRow(ImageBatch batch, int i, int partner, double lambda, float[] labels)
    {
        int k = batch.NumClasses;
        SoftLabels.Mix(batch.Label(i), batch.Label(partner), lambda, labels.AsSpan(i * k, k));
    }
}
