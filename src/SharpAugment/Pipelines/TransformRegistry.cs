namespace SharpAugment.Pipelines;

/// <summary>The explicit name-to-factory table behind the text syntax, JSON and the CLI; built by calling each package's Register method, never by scanning.</summary>
public sealed class TransformRegistry
{
    private readonly Dictionary<string, TransformDescriptor> _entries = new(StringComparer.Ordinal);

    /// <summary>A registry holding only the composites (compose, one_of, some_of, random_apply, random_order).</summary>
    public TransformRegistry()
    {
        Composition.Register(this);
    }

    /// <summary>Every entry, sorted by group then name.</summary>
    public IReadOnlyList<TransformDescriptor> Descriptors =>
        _entries.Values.OrderBy(d => d.Group, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Registers a transform of data type <typeparamref name="T"/>; image transforms declare their <paramref name="magnitude"/> here.</summary>
    public TransformRegistry Add<T, TOptions>(string name, string group, string summary, Func<TOptions, ITransform<T>> factory, Magnitude? magnitude = null)
        where TOptions : TransformOptions, new()
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Add<T, TOptions>(name, group, summary, (o, _) => factory(o), magnitude);
    }

    /// <summary>Registers a transform whose factory needs the registry (to build nested transforms).</summary>
    public TransformRegistry Add<T, TOptions>(string name, string group, string summary, Func<TOptions, TransformRegistry, ITransform<T>> factory, Magnitude? magnitude = null)
        where TOptions : TransformOptions, new()
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (magnitude?.OptionsType is { } mt && mt != typeof(TOptions))
        {
            throw new ArgumentException($"The magnitude of '{name}' builds {mt.Name}, but the transform takes {typeof(TOptions).Name}.", nameof(magnitude));
        }

        Put(new TransformDescriptor(name, summary, typeof(TOptions), typeof(T), group, (o, r) => factory((TOptions)o, r), null, magnitude));
        return this;
    }

    /// <summary>Registers a transform that works on any data type.</summary>
    public TransformRegistry AddGeneric<TOptions>(string name, string group, string summary, IGenericTransformFactory factory)
        where TOptions : TransformOptions, new()
    {
        ArgumentNullException.ThrowIfNull(factory);
        Put(new TransformDescriptor(name, summary, typeof(TOptions), null, group, null, factory, null));
        return this;
    }

    private void Put(TransformDescriptor d)
    {
        if (!PipelineText.IsIdentifier(d.Name) || d.Name != d.Name.ToLowerInvariant())
        {
            throw new ArgumentException($"Transform name '{d.Name}' must be snake_case.", nameof(d));
        }

        if (!_entries.TryAdd(d.Name, d))
        {
            throw new ArgumentException($"A transform named '{d.Name}' is already registered.", nameof(d));
        }
    }

    /// <summary>Whether a name is registered.</summary>
    public bool Contains(string name) => _entries.ContainsKey(name);

    /// <summary>The entry for a name; an unknown name raises an error listing the closest names.</summary>
    public TransformDescriptor Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_entries.TryGetValue(name, out var d))
        {
            return d;
        }

        var close = Naming.Closest(name, _entries.Keys);
        string hint = close.Count > 0 ? " Did you mean: " + string.Join(", ", close) + "?" : string.Empty;
        throw new KeyNotFoundException($"Unknown transform '{name}'.{hint} Run 'sharpaugment list' for every transform.");
    }

    /// <summary>Builds a transform (or a whole pipeline) for data of type <typeparamref name="T"/>.</summary>
    public ITransform<T> Build<T>(TransformSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var d = Get(spec.Name);
        var options = d.Schema.Bind(spec.Name, spec.Arguments);
        return Create<T>(d, options);
    }

    /// <summary>Builds a transform from options made in code.</summary>
    public ITransform<T> Create<T>(string name, TransformOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var d = Get(name);
        if (options.GetType() != d.OptionsType)
        {
            throw new ArgumentException($"{name} takes {d.OptionsType.Name}, not {options.GetType().Name}.", nameof(options));
        }

        return Create<T>(d, options);
    }

    private ITransform<T> Create<T>(TransformDescriptor d, TransformOptions options)
    {
        if (d.Generic is not null)
        {
            return d.Generic.Create<T>(options, this);
        }

        if (d.TargetType != typeof(T))
        {
            throw new ArgumentException(
                $"Transform '{d.Name}' acts on {d.TargetType!.Name}, not on {typeof(T).Name}: it cannot be used in this pipeline.");
        }

        return (ITransform<T>)d.Factory!(options, this);
    }

    /// <summary>Parses the one-line text syntax and builds the pipeline.</summary>
    public ITransform<T> Parse<T>(string text) => Build<T>(PipelineText.Parse(text));

    /// <summary>Reads a JSON pipeline and builds it.</summary>
    public ITransform<T> FromJson<T>(string json) => Build<T>(PipelineJson.Parse(json));
}
