namespace SharpAugment.Audio.Dsp;

/// <summary>One second-order section (b0, b1, b2, a1, a2 with a0 = 1), run in transposed direct form II.</summary>
/// <param name="B0">Feed-forward 0.</param>
/// <param name="B1">Feed-forward 1.</param>
/// <param name="B2">Feed-forward 2.</param>
/// <param name="A1">Feedback 1.</param>
/// <param name="A2">Feedback 2.</param>
public readonly record struct Biquad(double B0, double B1, double B2, double A1, double A2)
{
    /// <summary>The gain at DC, for the steady-state start (scipy's sosfilt_zi times the first sample).</summary>
    public double DcGain => (B0 + B1 + B2) / (1 + A1 + A2);
}
