using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms;

/// <summary>The two halves of an image transform: sample a parameters record from the Rng and the sample, then apply it to every target.</summary>
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

    /// <summary>Masks must match the image and boxes must be well formed before anything is drawn.</summary>
    protected override void CheckInput(Sample input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Validate();
    }
}
