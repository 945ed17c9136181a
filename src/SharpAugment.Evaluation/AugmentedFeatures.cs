using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Evaluation;

/// <summary>Pixel features of clean images and of augmented copies: copy k of item i is drawn from Rng.ForSample(seed, k, i), so it does not depend on folds, threads or other items.</summary>
public static class AugmentedFeatures
{
    /// <summary>Features of every item's clean image.</summary>
    public static float[][] Clean(LabelledImages data, PixelFeatures features)
    {
        var rows = new float[data.Count][];
        Parallel.For(0, data.Count, i => rows[i] = features.Extract(data.Images[i]));
        return rows;
    }

    /// <summary>Features of <paramref name="copies"/> augmented copies of every item, indexed [copy][item].</summary>
    public static float[][][] Copies(LabelledImages data, PixelFeatures features, ITransform<Sample> pipeline, int copies, ulong seed)
    {
        var result = new float[copies][][];
        for (int k = 0; k < copies; k++)
        {
            var rows = new float[data.Count][];
            int copy = k;
            Parallel.For(0, data.Count, i =>
            {
                var sample = new Sample(data.Images[i]) { Label = data.Labels[i] };
                var augmented = pipeline.Apply(sample, new AugmentContext(Rng.ForSample(seed, copy, i)));
                rows[i] = features.Extract(ImageConversions.ToBytes(augmented.Image));
            });
            result[k] = rows;
        }

        return result;
    }
}
