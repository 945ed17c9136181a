using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>equalize</c>.</summary>
public sealed record EqualizeOptions : TransformOptions;
