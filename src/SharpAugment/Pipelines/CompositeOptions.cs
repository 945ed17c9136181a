namespace SharpAugment.Pipelines;

/// <summary>Options shared by composites: the child transforms, written positionally (<c>one_of(hflip, vflip)</c>) or as <c>transforms=[...]</c>.</summary>
public abstract record CompositeOptions : TransformOptions
{
    /// <summary>The child transforms in order.</summary>
    [Param("the child transforms", Positional = true)]
    public IReadOnlyList<TransformSpec> Transforms { get; init; } = [];
}
