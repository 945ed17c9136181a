using System.Numerics;

namespace SharpAugment.Audio.Dsp;

/// <summary>Time stretching by a phase vocoder (torchaudio.functional.phase_vocoder on librosa's STFT: n_fft 2048, hop 512, zero-padded centring), without changing pitch.</summary>
public static class PhaseVocoder
{
    /// <summary>The FFT size.</summary>
    public const int NFft = 2048;

    /// <summary>The hop.</summary>
    public const int Hop = 512;

    /// <summary>Stretches one channel: rate &gt; 1 speeds up; the result has round(length / rate) samples.</summary>
    public static float[] TimeStretch(ReadOnlySpan<float> signal, double rate)
    {
        if (!(rate > 0) || double.IsInfinity(rate))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"time_stretch: rate = {rate} is invalid; allowed: > 0.");
        }

        int outLength = (int)Math.Round(signal.Length / rate);
        if (signal.Length == 0 || outLength == 0)
        {
            return new float[outLength];
        }

        var window = Stft.PeriodicHann(NFft, NFft);
        var spec = Stft.Forward(signal, Hop, window, true, PadMode.Constant, out int frames);
        var stretched = Stretch(spec, frames, (NFft / 2) + 1, rate, out int outFrames);
        return Stft.Inverse(stretched, outFrames, Hop, window, outLength);
    }

    /// <summary>Interpolates magnitudes between neighbouring frames and accumulates phase advances, as torchaudio's phase_vocoder does.</summary>
    private static Complex[] Stretch(Complex[] spec, int frames, int bins, double rate, out int outFrames)
    {
        outFrames = (int)Math.Ceiling(frames / rate);
        var result = new Complex[outFrames * bins];
        var phaseAcc = new double[bins];
        var advance = new double[bins];
        for (int k = 0; k < bins; k++)
        {
            advance[k] = Math.PI * Hop * k / (bins - 1);
            phaseAcc[k] = spec[k].Phase;
        }

        for (int o = 0; o < outFrames; o++)
        {
            double step = o * rate;
            int i = (int)Math.Floor(step);
            double alpha = step - i;
            for (int k = 0; k < bins; k++)
            {
                Complex s0 = i < frames ? spec[(i * bins) + k] : Complex.Zero;
                Complex s1 = i + 1 < frames ? spec[((i + 1) * bins) + k] : Complex.Zero;
                double mag = (alpha * s1.Magnitude) + ((1 - alpha) * s0.Magnitude);
                result[(o * bins) + k] = Complex.FromPolarCoordinates(mag, phaseAcc[k]);
                double dphi = s1.Phase - s0.Phase - advance[k];
                dphi -= 2 * Math.PI * Math.Round(dphi / (2 * Math.PI));
                phaseAcc[k] += dphi + advance[k];
            }
        }

        return result;
    }
}
