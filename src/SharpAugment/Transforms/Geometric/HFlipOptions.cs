using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>hflip</c>.</summary>
public sealed record HFlipOptions : TransformOptions;
