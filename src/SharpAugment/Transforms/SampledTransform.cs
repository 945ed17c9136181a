using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms;

/// <summary>The two halves of a transform of any data: draw a parameters record from the Rng and the input (skipped with probability 1 - p), then apply it; the record can be logged and replayed.</summary>
/// <typeparam name="T">The data: an image <c>Sample</c>, an audio clip, a spectrogram.</typeparam>
/// <typeparam name="TOptions">The options record.</typeparam>
/// <typeparam name="TParams">The sampled parameters record.</typeparam>
public abstract class SampledTransform<T, TOptions, TParams> : Transform<T, TOptions>
    where T : class
    where TOptions : TransformOptions
    where TParams : class
{
    /// <summary>Keeps the validated options.</summary>
    protected SampledTransform(string name, TOptions options)
        : base(name, options)
    {
    }

    /// <inheritdoc/>
    public sealed override T Apply(T input, AugmentContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        CheckInput(input);
        var drawn = context.Draw(this, rng => rng.Bernoulli(Options.P) ? SampleParams(input, rng) : null);
        return drawn is null ? input : ApplyDrawn(input, (TParams)drawn);
    }

    /// <summary>Rejects malformed input before anything is drawn (an image sample's targets, say); nothing by default.</summary>
    protected virtual void CheckInput(T input)
    {
    }

    /// <summary>Runs <see cref="Apply(T, TParams)"/> for drawn parameters; a base class may prepare the input first (image transforms decode deferred images here).</summary>
    protected virtual T ApplyDrawn(T input, TParams parameters) => Apply(input, parameters);

    /// <summary>Draws concrete parameters for this input (its length may matter).</summary>
    public abstract TParams SampleParams(T input, Rng rng);

    /// <summary>Applies concrete parameters; the input is not modified.</summary>
    public abstract T Apply(T input, TParams parameters);
}
