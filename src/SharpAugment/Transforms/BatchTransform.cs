using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Transforms;

/// <summary>The two halves of a batch transform (Mixup, CutMix, Mosaic): sample a parameters record from the Rng and the batch, then apply it.</summary>
/// <typeparam name="TOptions">The options record.</typeparam>
/// <typeparam name="TParams">The sampled parameters record.</typeparam>
public abstract class BatchTransform<TOptions, TParams> : Transform<ImageBatch, TOptions>
    where TOptions : TransformOptions
    where TParams : class
{
    /// <summary>Keeps the validated options.</summary>
    protected BatchTransform(string name, TOptions options)
        : base(name, options)
    {
    }

    /// <inheritdoc/>
    public sealed override ImageBatch Apply(ImageBatch input, AugmentContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        CheckBatch(input);
        var drawn = context.Draw(this, rng => rng.Bernoulli(Options.P) ? SampleParams(input, rng) : null);
        return drawn is null ? input : Apply(input, (TParams)drawn);
    }

    /// <summary>Rejects batches the transform cannot handle (an odd size for pair modes), naming the transform.</summary>
    protected virtual void CheckBatch(ImageBatch batch)
    {
    }

    /// <summary>Draws concrete parameters for this batch.</summary>
    public abstract TParams SampleParams(ImageBatch batch, Rng rng);

    /// <summary>Applies concrete parameters; the input batch is not modified.</summary>
    public abstract ImageBatch Apply(ImageBatch batch, TParams parameters);
}
