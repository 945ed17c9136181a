using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>normalize</c>.</summary>
public sealed record NormalizeOptions : TransformOptions;
