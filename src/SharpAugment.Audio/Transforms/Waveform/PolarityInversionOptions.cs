using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>polarity_inversion</c>.</summary>
public sealed record PolarityInversionOptions : TransformOptions;
