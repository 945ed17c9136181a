namespace SharpAugment.Audio.Dsp;

/// <summary>Digital Butterworth filters as cascades of second-order sections, from the analog prototype by the bilinear transform with pre-warping (scipy.signal.butter's design for low- and high-pass).</summary>
public static class Butterworth
{
    /// <summary>The sections of an order-<paramref name="order"/> low-pass (or high-pass) filter with -3 dB at <paramref name="cutoff"/> Hz.</summary>
    public static Biquad[] Design(int order, double cutoff, int sampleRate, bool highPass)
    {
        if (order < 1 || order > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, $"butterworth: order = {order} is invalid; allowed: [1, 32].");
        }

        if (!(cutoff > 0) || cutoff >= sampleRate / 2.0)
        {
            throw new ArgumentOutOfRangeException(nameof(cutoff), cutoff, $"butterworth: cutoff = {cutoff} Hz is invalid; allowed: (0, {sampleRate / 2.0}).");
        }

        double k = Math.Tan(Math.PI * cutoff / sampleRate);
        var sections = new List<Biquad>();
        for (int i = 0; i < order / 2; i++)
        {
            // Pole pair at angle theta from the negative real axis: s^2 + 2 cos(theta) s + 1; odd orders also have a real pole at -1.
            double theta = Math.PI * ((2 * i) + 1 + (order % 2)) / (2.0 * order);
            double c = 2 * Math.Cos(theta);
            double a0 = 1 + (c * k) + (k * k);
            double a1 = 2 * ((k * k) - 1) / a0, a2 = (1 - (c * k) + (k * k)) / a0;
            sections.Add(highPass
                ? new Biquad(1 / a0, -2 / a0, 1 / a0, a1, a2)
                : new Biquad(k * k / a0, 2 * k * k / a0, k * k / a0, a1, a2));
        }

        if (order % 2 == 1)
        {
            double a0 = 1 + k;
            sections.Add(highPass
                ? new Biquad(1 / a0, -1 / a0, 0, (k - 1) / a0, 0)
                : new Biquad(k / a0, k / a0, 0, (k - 1) / a0, 0));
        }

        return [.. sections];
    }

    /// <summary>Runs the cascade over <paramref name="signal"/> in place, starting every section in the steady state of the first sample (as audiomentations does with sosfilt_zi).</summary>
    public static void Filter(ReadOnlySpan<Biquad> sections, Span<float> signal)
    {
        if (signal.IsEmpty)
        {
            return;
        }

        double input0 = signal[0];
        foreach (var s in sections)
        {
            double y0 = input0 * s.DcGain;
            double z2 = (s.B2 * input0) - (s.A2 * y0);
            double z1 = y0 - (s.B0 * input0);
            for (int n = 0; n < signal.Length; n++)
            {
                double x = signal[n];
                double y = (s.B0 * x) + z1;
                z1 = (s.B1 * x) - (s.A1 * y) + z2;
                z2 = (s.B2 * x) - (s.A2 * y);
                signal[n] = (float)y;
            }

            input0 = y0;
        }
    }

    /// <summary>Zero-phase filtering: forward, then backward over the reversed result (the magnitude response squared, no delay).</summary>
    public static void FilterZeroPhase(ReadOnlySpan<Biquad> sections, Span<float> signal)
    {
        Filter(sections, signal);
        signal.Reverse();
        Filter(sections, signal);
        signal.Reverse();
    }
}
