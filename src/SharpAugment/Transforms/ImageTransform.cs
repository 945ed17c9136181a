using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms;

/// <summary>The two halves of an image transform: sample a parameters record from the Rng and the sample, then apply it to every target.</summary>
/// <typeparam name="TOptions">The options record (the definition).</typeparam>
/// <typeparam name="TParams">The sampled parameters record (loggable, replayable, serializable).</typeparam>
public abstract class ImageTransform<TOptions, TParams> : SampledTransform<Sample, TOptions, TParams>, ILeafImageTransform
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

    /// <summary>Decodes a deferred image (only the window <see cref="ReadWindow"/> names, when it names one) and recycles that decoded image once the transform has replaced it.</summary>
    protected sealed override Sample ApplyDrawn(Sample input, TParams parameters, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Image is not IDeferredImage deferred)
        {
            return Apply(input, parameters, cancellation);
        }

        var window = ReadWindow(input, parameters);
        var decoded = deferred.Decode(window);
        var result = Apply(input with { Image = decoded }, parameters, cancellation);
        if (!ReferenceEquals(result.Image, decoded))
        {
            decoded.Recycle();
            return result;
        }

        // The transform kept the image as it was: only a whole decode has every pixel right outside a window.
        bool partial = window is { } w && (w.X > 0 || w.Y > 0 || w.Width < input.Width || w.Height < input.Height);
        if (!partial)
        {
            return result;
        }

        decoded.Recycle();
        return result with { Image = deferred.Decode() };
    }

    /// <summary>The only pixels <see cref="SampledTransform{T, TOptions, TParams}.Apply(T, TParams)"/> reads for these parameters, or null when it may read any (the default).</summary>
    protected virtual PixelWindow? ReadWindow(Sample sample, TParams parameters) => null;
}
