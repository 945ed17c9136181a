using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>autocontrast</c>.</summary>
public sealed record AutocontrastOptions : TransformOptions;
