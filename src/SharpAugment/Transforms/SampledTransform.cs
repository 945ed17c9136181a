using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms;

/// <summary>The two halves every random transform shares, whatever it acts on: sample a parameters record (recorded or replayed through the context), then apply it.</summary>
/// <typeparam name="T">The data: a <c>Sample</c>, an <c>ImageBatch</c>.</typeparam>
/// <typeparam name="TOptions">The options record (the definition).</typeparam>
/// <typeparam name="TParams">The sampled parameters record (loggable, replayable, serializable).</typeparam>
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
        Check(input);
        var drawn = context.Draw(this, rng => rng.Bernoulli(Options.P) ? SampleParams(input, rng) : null);
        return drawn is null ? input : Apply(input, (TParams)drawn);
    }

    /// <summary>Rejects input the transform cannot handle, before anything is drawn.</summary>
    protected virtual void Check(T input)
    {
    }

    /// <summary>Draws concrete parameters for this input (its size may matter, as for crops).</summary>
    public abstract TParams SampleParams(T input, Rng rng);

    /// <summary>Applies concrete parameters to the input and everything it carries; the input is not modified.</summary>
    public abstract T Apply(T input, TParams parameters);
}
