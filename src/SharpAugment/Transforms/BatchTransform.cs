using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms;

/// <summary>A batch transform (Mixup, CutMix, Mosaic): sample a parameters record from the Rng and the batch, then apply it to images, targets and soft labels.</summary>
/// <typeparam name="TOptions">The options record.</typeparam>
/// <typeparam name="TParams">The sampled parameters record.</typeparam>
public abstract class BatchTransform<TOptions, TParams> : SampledTransform<ImageBatch, TOptions, TParams>
    where TOptions : TransformOptions
    where TParams : class
{
    /// <summary>Keeps the validated options.</summary>
    protected BatchTransform(string name, TOptions options)
        : base(name, options)
    {
    }
}
