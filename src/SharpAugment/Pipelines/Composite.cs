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
        _trusted = Children.Select(ImageChain.Trusts).ToArray();
    }

    // Per child: whether the image recycling rule of ImageChain trusts it.
    private readonly bool[] _trusted;

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
        var chain = default(ImageChain);
        foreach (int i in choice.Indices)
        {
            var next = Children[i].Apply(x, context);
            chain.Step(x, next, _trusted[i]);
            x = next;
        }

        return x;
    }
}
