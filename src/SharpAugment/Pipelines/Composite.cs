using SharpAugment.Imaging;
using SharpAugment.Transforms;

namespace SharpAugment.Pipelines;

/// <summary>A transform over child transforms: it samples which children run (recorded for replay) and applies them in turn.</summary>
/// <typeparam name="T">The data type.</typeparam>
/// <typeparam name="TOptions">The composite's options.</typeparam>
public abstract class Composite<T, TOptions> : Transform<T, TOptions>
    where TOptions : CompositeOptions
{
    /// <summary>Builds the children through the registry.</summary>
    protected Composite(string name, TOptions options, TransformRegistry registry)
        : base(name, options)
    {
        ArgumentNullException.ThrowIfNull(registry);
        Children = options.Transforms.Select(registry.Build<T>).ToArray();
        _leafImageTransform = Children.Select(c => c is ILeafImageTransform && c.GetType().Assembly == typeof(Sample).Assembly).ToArray();
    }

    // Per child: one of the library's own single-step image transforms, which never keep their input or output images.
    private readonly bool[] _leafImageTransform;

    /// <summary>The built children.</summary>
    public IReadOnlyList<ITransform<T>> Children { get; }

    /// <summary>Which children run and in which order for one sample.</summary>
    protected abstract int[] Choose(Randomness.Rng rng);

    /// <inheritdoc/>
    public override T Apply(T input, AugmentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var choice = (CompositeChoice?)context.Draw(this, rng => rng.Bernoulli(Options.P) ? new CompositeChoice(Choose(rng)) : null);
        if (choice is null)
        {
            return input;
        }

        T x = input;
        bool owned = false;
        foreach (int i in choice.Indices)
        {
            var next = Children[i].Apply(x, context);
            if (x is Sample previous && next is Sample produced)
            {
                // An image made inside this chain by the library's own image transforms, and replaced by another of
                // them, can be seen by nothing else: its array serves the next image of its size.
                bool leaf = _leafImageTransform[i];
                bool replaced = !ReferenceEquals(previous.Image, produced.Image);
                if (replaced && owned && leaf)
                {
                    previous.Image.Recycle();
                }

                owned = replaced ? leaf : owned && leaf;
            }

            x = next;
        }

        return x;
    }
}
