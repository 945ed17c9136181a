namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Sampled noise: its level and the seed of the stream that generates it, so the record stays small and replays exactly.</summary>
/// <param name="Level">The noise standard deviation (add_gaussian_noise) or SNR in dB (add_gaussian_snr).</param>
/// <param name="Seed">The seed of the noise samples.</param>
public sealed record NoiseParams(double Level, ulong Seed);
