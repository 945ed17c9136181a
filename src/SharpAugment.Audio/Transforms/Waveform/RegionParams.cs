namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>A sampled region of the waveform: [Start, Start + Length) in samples.</summary>
/// <param name="Start">First sample.</param>
/// <param name="Length">Number of samples.</param>
public sealed record RegionParams(int Start, int Length);
