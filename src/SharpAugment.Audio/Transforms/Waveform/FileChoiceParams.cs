namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>A sampled choice of file (noise or impulse response), with the SNR and the offset into it where they apply.</summary>
/// <param name="Path">The chosen file.</param>
/// <param name="SnrDb">The target signal-to-noise ratio in dB (unused for impulse responses).</param>
/// <param name="Offset">The first sample taken from the file.</param>
public sealed record FileChoiceParams(string Path, double SnrDb, int Offset);
