using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Mixing;

/// <summary>Options of <c>mixup</c> (torchvision v2 MixUp).</summary>
public sealed record MixupOptions : TransformOptions
{
    /// <summary>The Beta(alpha, alpha) parameter of lambda; small alpha puts lambda near 0 or 1.</summary>
    [Param("lambda ~ Beta(alpha, alpha)", Min = 0, MinExclusive = true)]
    public double Alpha { get; init; } = 1.0;
}
