using SharpAugment.Pipelines;

namespace SharpAugment.Tabular.Augmenters;

/// <summary>Options of <c>tabular_mixup</c>.</summary>
public sealed record TabularMixupOptions : TransformOptions
{
    /// <summary>The Beta(alpha, alpha) concentration of the mixing weight.</summary>
    [Param("Beta(alpha, alpha) concentration of the mixing weight", Min = 0, MinExclusive = true, Max = 100)]
    public double Alpha { get; init; } = 0.2;
}
