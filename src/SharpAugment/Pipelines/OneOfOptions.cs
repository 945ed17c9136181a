namespace SharpAugment.Pipelines;

/// <summary>Options of <c>one_of</c>: one child picked by weight.</summary>
public sealed record OneOfOptions : CompositeOptions
{
    /// <summary>Relative weights, one per child; empty means equal weights.</summary>
    [Param("relative weight of each child (empty: equal)", Min = 0)]
    public double[] Weights { get; init; } = [];

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (Weights.Length != 0 && Weights.Length != Transforms.Count)
        {
            throw new TransformParameterException(transform, "weights", $"{Weights.Length} values", $"one weight per child ({Transforms.Count})");
        }

        if (Weights.Length != 0 && Weights.Sum() <= 0)
        {
            throw new TransformParameterException(transform, "weights", "all zero", "at least one positive weight");
        }
    }
}
