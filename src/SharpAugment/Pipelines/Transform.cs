namespace SharpAugment.Pipelines;

/// <summary>The common base of registered transforms: an immutable options record, validated once at construction, and its spec.</summary>
/// <typeparam name="T">The data it transforms.</typeparam>
/// <typeparam name="TOptions">Its options record.</typeparam>
public abstract class Transform<T, TOptions> : ITransform<T>
    where TOptions : TransformOptions
{
    /// <summary>Validates and keeps the options.</summary>
    protected Transform(string name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        Name = name;
        Options = options;
        ParamSchema.For(options.GetType()).Validate(name, options);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The typed options.</summary>
    public TOptions Options { get; }

    TransformOptions ITransform.Options => Options;

    /// <inheritdoc/>
    public virtual TransformSpec ToSpec() => ParamSchema.For(Options.GetType()).ToSpec(Name, Options);

    /// <inheritdoc/>
    public abstract T Apply(T input, AugmentContext context);

    /// <summary>The one-line text form.</summary>
    public override string ToString() => ToSpec().ToString();
}
