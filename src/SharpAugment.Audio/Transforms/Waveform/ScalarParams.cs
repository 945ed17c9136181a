namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>One sampled number (a gain in dB, a rate, a factor, a shift in samples, a percentile).</summary>
/// <param name="Value">The value.</param>
public sealed record ScalarParams(double Value);
