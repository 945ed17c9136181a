using SharpAugment.Imaging;

namespace SharpAugment.Transforms;

/// <summary>The two halves of an image transform: sample a parameters record from the Rng and the sample, then apply it to every target.</summary>
/// <typeparam name="TOptions">The options record (the definition).</typeparam>
/// <typeparam name="TParams">The sampled parameters record (loggable, replayable, serializable).</typeparam>
public abstract class ImageTransform<TOptions, TParams> : SampledTransform<Sample, TOptions, TParams>
    where TOptions : Pipelines.TransformOptions
    where TParams : class
{
    /// <summary>Keeps the validated options.</summary>
    protected ImageTransform(string name, TOptions options)
        : base(name, options)
    {
    }
}
