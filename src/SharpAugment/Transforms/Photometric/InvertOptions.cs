using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>invert</c>.</summary>
public sealed record InvertOptions : TransformOptions;
