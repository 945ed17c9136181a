using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Imaging.Skia;

/// <summary>How <c>sharpaugment apply</c> augments one image: epoch 0, sample index 0 of the seed, PNG at the default level; the playground calls the same code so its bytes equal the command's.</summary>
public static class SingleImageAugmenter
{
    /// <summary>Augments <paramref name="sample"/> with the seed's first stream, recording the sampled parameters into <paramref name="record"/> when given, within <paramref name="limits"/> and stopping when <paramref name="cancellationToken"/> fires.</summary>
    public static Sample Apply(ITransform<Sample> pipeline, Sample sample, ulong seed, IList<SampledStep>? record = null,
        ResourceLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(sample);
        var context = new AugmentContext(Rng.ForSample(seed, 0, 0), record)
        {
            Limits = limits ?? ResourceLimits.Default,
            CancellationToken = cancellationToken,
        };
        return pipeline.Apply(sample, context);
    }

    /// <summary>The result's image as the PNG bytes <c>apply</c> writes to a .png output.</summary>
    public static byte[] EncodePng(Sample result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ImageCodec.Encode(ImageConversions.ToBytes(result.Image), ImageFileFormat.Png);
    }
}
