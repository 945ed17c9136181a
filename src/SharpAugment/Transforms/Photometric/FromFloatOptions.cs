using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>from_float</c> (Albumentations FromFloat).</summary>
public sealed record FromFloatOptions : TransformOptions
{
    /// <summary>The byte value 1.0 maps to.</summary>
    [Param("byte value that 1.0 maps to", Min = 0, MinExclusive = true, Max = 255)]
    public double MaxValue { get; init; } = 255;
}
