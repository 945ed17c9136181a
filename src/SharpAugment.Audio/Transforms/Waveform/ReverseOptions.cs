using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>reverse</c>.</summary>
public sealed record ReverseOptions : TransformOptions;
