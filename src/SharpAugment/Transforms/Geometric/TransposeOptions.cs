using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>transpose</c>.</summary>
public sealed record TransposeOptions : TransformOptions;
