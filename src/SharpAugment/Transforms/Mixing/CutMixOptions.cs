using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Mixing;

/// <summary>Options of <c>cutmix</c> (torchvision v2 CutMix).</summary>
public sealed record CutMixOptions : TransformOptions
{
    /// <summary>The Beta(alpha, alpha) parameter of the first lambda, which sets the box size.</summary>
    [Param("lambda ~ Beta(alpha, alpha) sets the box size", Min = 0, MinExclusive = true)]
    public double Alpha { get; init; } = 1.0;
}
