using SharpAugment.Imaging;

namespace SharpAugment.Transforms.Mixing;

/// <summary>Partner rules and label bookkeeping shared by the batch mixers.</summary>
internal static class BatchMixing
{
    /// <summary>torchvision pairs sample i with sample i - 1 (batch.roll(1, 0)).</summary>
    public static int RollPartner(int i, int count) => i == 0 ? count - 1 : i - 1;

    /// <summary>timm pairs sample i with sample N - 1 - i (batch.flip(0)).</summary>
    public static int FlipPartner(int i, int count) => count - 1 - i;

    /// <summary>Writes row i of the output labels: lambda * own + (1 - lambda) * partner.</summary>
    public static void MixRow(ImageBatch batch, int i, int partner, double lambda, float[] labels)
    {
        int k = batch.NumClasses;
        SoftLabels.Mix(batch.Label(i), batch.Label(partner), lambda, labels.AsSpan(i * k, k));
    }
}
