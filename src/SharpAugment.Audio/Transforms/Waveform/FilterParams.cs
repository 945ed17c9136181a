namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>A sampled Butterworth filter: corner frequencies in Hz (0 when unused) and the order (roll-off / 6 dB per octave).</summary>
/// <param name="LowHz">High-pass corner, or 0.</param>
/// <param name="HighHz">Low-pass corner, or 0.</param>
/// <param name="Order">Filter order per side.</param>
public sealed record FilterParams(double LowHz, double HighHz, int Order);
