namespace SharpAugment.Pipelines;

/// <summary>A registry entry: name, summary, options schema, the data it acts on and how to build it.</summary>
public sealed class TransformDescriptor
{
    internal TransformDescriptor(string name, string summary, Type optionsType, Type? targetType, string group,
        Func<TransformOptions, TransformRegistry, object>? factory, IGenericTransformFactory? generic, Magnitude? magnitude)
    {
        Name = name;
        Summary = summary;
        OptionsType = optionsType;
        TargetType = targetType;
        Group = group;
        Factory = factory;
        Generic = generic;
        Magnitude = magnitude;
        Schema = ParamSchema.For(optionsType);
    }

    /// <summary>The snake_case name.</summary>
    public string Name { get; }

    /// <summary>One line saying what it does.</summary>
    public string Summary { get; }

    /// <summary>The options record type.</summary>
    public Type OptionsType { get; }

    /// <summary>The data type it transforms, or null for a composite that works on any.</summary>
    public Type? TargetType { get; }

    /// <summary>The listing group (geometric, photometric, dropout, composition, text, audio, ...).</summary>
    public string Group { get; }

    /// <summary>Its parameters.</summary>
    public ParamSchema Schema { get; }

    /// <summary>How a strength in [0, 1] maps onto its options, or null when its registration declares none (image transforms always declare one).</summary>
    public Magnitude? Magnitude { get; }

    internal Func<TransformOptions, TransformRegistry, object>? Factory { get; }

    internal IGenericTransformFactory? Generic { get; }
}
