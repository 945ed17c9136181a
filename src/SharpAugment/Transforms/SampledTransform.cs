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
        context.CancellationToken.ThrowIfCancellationRequested();
        CheckInput(input);
        var parameters = context.Draw(this, rng => rng.Bernoulli(Options.P) ? SampleParams(input, rng) : null);
        if (parameters is null)
        {
            return input;
        }

        CheckLimits(input, parameters, context.Limits);
        return ApplyDrawn(input, parameters, context.CancellationToken);
    }

    /// <summary>Refuses drawn parameters whose output would be over <paramref name="limits"/>, before anything is allocated; nothing by default (the output is no larger than the input).</summary>
    /// <exception cref="OutputSizeException">The output would be over the pixel limit.</exception>
    protected virtual void CheckLimits(T input, TParams parameters, ResourceLimits limits)
    {
    }

    /// <summary>Rejects malformed input before anything is drawn (an image sample's targets, say); nothing by default.</summary>
    protected virtual void CheckInput(T input)
    {
    }

    /// <summary>Runs <see cref="Apply(T, TParams, CancellationToken)"/> for drawn parameters; a base class may prepare the input first (image transforms decode deferred images here).</summary>
    protected virtual T ApplyDrawn(T input, TParams parameters, CancellationToken cancellation) => Apply(input, parameters, cancellation);

    /// <summary>Draws concrete parameters for this input (its length may matter).</summary>
    public abstract TParams SampleParams(T input, Rng rng);

    /// <summary>Applies concrete parameters; the input is not modified.</summary>
    public abstract T Apply(T input, TParams parameters);

    /// <summary>Applies concrete parameters, throwing <see cref="OperationCanceledException"/> once <paramref name="cancellation"/> is cancelled; transforms with long loops override it (checking per row or chunk), the others run <see cref="Apply(T, TParams)"/>.</summary>
    public virtual T Apply(T input, TParams parameters, CancellationToken cancellation) => Apply(input, parameters);
}
