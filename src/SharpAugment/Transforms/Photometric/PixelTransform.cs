using SharpAugment.Imaging;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Base of the pixel-only transforms: dispatches on byte or float pixels and leaves masks, boxes and keypoints untouched.</summary>
/// <typeparam name="TOptions">The options record.</typeparam>
/// <typeparam name="TParams">The sampled parameters record.</typeparam>
public abstract class PixelTransform<TOptions, TParams> : ImageTransform<TOptions, TParams>
    where TOptions : Pipelines.TransformOptions
    where TParams : class
{
    /// <summary>Keeps the validated options.</summary>
    protected PixelTransform(string name, TOptions options)
        : base(name, options)
    {
    }

    /// <inheritdoc/>
    public sealed override Sample Apply(Sample sample, TParams parameters) => Apply(sample, parameters, CancellationToken.None);

    /// <inheritdoc/>
    public sealed override Sample Apply(Sample sample, TParams parameters, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(parameters);
        IImage image = sample.Image switch
        {
            Image<byte> b => ApplyBytes(b, parameters, cancellation),
            Image<float> f => ApplyFloats(f, parameters, cancellation),
            _ => throw new NotSupportedException($"{Name}: unsupported image type {sample.Image.GetType().Name}."),
        };
        return sample with { Image = image };
    }

    /// <summary>The uint8 path (torchvision's uint8 tensor semantics); returns a new image, the input is not modified.</summary>
    protected abstract IImage ApplyBytes(Image<byte> image, TParams parameters);

    /// <summary>The float path (torchvision's float semantics, values clamped to [0, 1]); returns a new image.</summary>
    protected abstract IImage ApplyFloats(Image<float> image, TParams parameters);

    /// <summary>The uint8 path under a cancellation token; transforms with long loops (blurs) override it, the rest run <see cref="ApplyBytes(Image{byte}, TParams)"/>.</summary>
    protected virtual IImage ApplyBytes(Image<byte> image, TParams parameters, CancellationToken cancellation) => ApplyBytes(image, parameters);

    /// <summary>The float path under a cancellation token; transforms with long loops (blurs) override it, the rest run <see cref="ApplyFloats(Image{float}, TParams)"/>.</summary>
    protected virtual IImage ApplyFloats(Image<float> image, TParams parameters, CancellationToken cancellation) => ApplyFloats(image, parameters);

    /// <summary>The channels colour operations touch: RGB of RGBA (alpha is kept), the only channel of gray.</summary>
    protected static int ColorChannels(IImage image) => image is null ? 0 : Math.Min(image.Channels, 3);
}
