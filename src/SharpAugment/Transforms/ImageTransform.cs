using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms;

/// <summary>The two halves of an image transform: sample a parameters record from the Rng and the sample, then apply it to every target.</summary>
/// <typeparam name="TOptions">The options record (the definition).</typeparam>
/// <typeparam name="TParams">The sampled parameters record (loggable, replayable, serializable).</typeparam>
public abstract class ImageTransform<TOptions, TParams> : Transform<Sample, TOptions>
    where TOptions : TransformOptions
    where TParams : class
{
    /// <summary>Keeps the validated options.</summary>
    protected ImageTransform(string name, TOptions options)
        : base(name, options)
    {
    }

    /// <inheritdoc/>
    public sealed override Sample Apply(Sample input, AugmentContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var drawn = context.Draw(this, rng => rng.Bernoulli(Options.P) ? SampleParams(input, rng) : null);
        return drawn is null ? input : Apply(input, (TParams)drawn);
    }

    /// <summary>Draws concrete parameters for this sample (its size may matter, as for crops).</summary>
    public abstract TParams SampleParams(Sample sample, Rng rng);

    /// <summary>Applies concrete parameters to the image, masks, boxes and keypoints; the input is not modified.</summary>
    public abstract Sample Apply(Sample sample, TParams parameters);
}
