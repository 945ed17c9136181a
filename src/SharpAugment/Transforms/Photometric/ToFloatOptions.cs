using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>to_float</c> (Albumentations ToFloat).</summary>
public sealed record ToFloatOptions : TransformOptions
{
    /// <summary>The byte value that maps to 1.</summary>
    [Param("byte value that maps to 1.0", Min = 0, MinExclusive = true)]
    public double MaxValue { get; init; } = 255;
}
