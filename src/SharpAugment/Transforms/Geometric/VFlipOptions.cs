using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>vflip</c>.</summary>
public sealed record VFlipOptions : TransformOptions;
