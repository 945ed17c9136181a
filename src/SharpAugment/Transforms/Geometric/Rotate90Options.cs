using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>rotate90</c>.</summary>
public sealed record Rotate90Options : TransformOptions
{
    /// <summary>Quarter turns counter-clockwise; <c>k=0..3</c> draws one uniformly (Albumentations' RandomRotate90).</summary>
    [Param("quarter turns counter-clockwise (0..3 draws one per sample)", Min = -3, Max = 3)]
    public IntRange K { get; init; } = 1;
}
