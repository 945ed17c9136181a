using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms;

/// <summary>An image transform: sample a parameters record from the Rng and the sample, then apply it to every target (image, masks, boxes, keypoints).</summary>
/// <typeparam name="TOptions">The options record (the definition).</typeparam>
/// <typeparam name="TParams">The sampled parameters record (loggable, replayable, serializable).</typeparam>
public abstract class ImageTransform<TOptions, TParams> : SampledTransform<Sample, TOptions, TParams>
    where TOptions : TransformOptions
    where TParams : class
{
    /// <summary>Keeps the validated options.</summary>
    protected ImageTransform(string name, TOptions options)
        : base(name, options)
    {
    }

    /// <summary>Checks that masks match the image and boxes are well formed.</summary>
    protected override void Check(Sample input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Validate();
    }
}
