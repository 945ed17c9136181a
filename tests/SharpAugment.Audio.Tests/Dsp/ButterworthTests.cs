using System.Numerics;
using SharpAugment.Audio.Dsp;

namespace SharpAugment.Audio.Tests.Dsp;

public class ButterworthTests
{
    private static double GainDb(Biquad[] sos, double hz, int sr)
    {
        var z = Complex.FromPolarCoordinates(1, -2 * Math.PI * hz / sr);
        Complex h = 1;
        foreach (var s in sos)
        {
            h *= (s.B0 + (s.B1 * z) + (s.B2 * z * z)) / (1 + (s.A1 * z) + (s.A2 * z * z));
        }

        return 20 * Math.Log10(h.Magnitude);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(4, true)]
    [InlineData(3, true)]
    public void CornerIsMinus3DbAndSlopeIs6DbPerOctavePerOrder(int order, bool highPass)
    {
        const int sr = 16000;
        var sos = Butterworth.Design(order, 1000, sr, highPass);
        // Butterworth: |H|^2 = 1/2 at the corner exactly (bilinear pre-warping keeps it), so -3.0103 dB.
        Assert.Equal(-3.0103, GainDb(sos, 1000, sr), 3);
        // Far from the corner the slope approaches 6 dB/octave per order; bilinear warping adds a little near Nyquist,
        // so compare the octave 125 -> 62.5 Hz (low-pass: 4 -> 8 kHz is warped) within 0.5 dB.
        double slope = highPass ? GainDb(sos, 125, sr) - GainDb(sos, 62.5, sr) : GainDb(sos, 1000.0 / 8, sr) - GainDb(sos, 1000.0 / 16, sr);
        if (highPass)
        {
            Assert.Equal(6.0 * order, slope, 0.5);
        }
        else
        {
            Assert.Equal(0, slope, 0.5);
            Assert.Equal(0, GainDb(sos, 0, sr), 6);
        }
    }
}
