namespace SharpAugment.Pipelines;

/// <summary>Options of <c>some_of</c>: n children picked at random and applied in their listed order.</summary>
public sealed record SomeOfOptions : CompositeOptions
{
    /// <summary>How many children to apply; a range draws n per sample.</summary>
    [Param("how many children to apply", Min = 0)]
    public IntRange N { get; init; } = 1;

    /// <summary>Whether a child may be picked more than once.</summary>
    [Param("pick with replacement")]
    public bool Replace { get; init; }

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (!Replace && N.Hi > Transforms.Count)
        {
            throw new TransformParameterException(transform, "n", N.ToString(), $"at most the number of children ({Transforms.Count}) without replacement");
        }
    }
}
