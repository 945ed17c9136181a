using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace SharpAugment.Audio.Dsp;

/// <summary>Short-time Fourier transforms as torch.stft computes them (window centred in n_fft, optional centring pad, no normalisation), on top of MathNet's FFT.</summary>
public static class Stft
{
    /// <summary>The periodic Hann window of <paramref name="winLength"/> samples, zero-padded on both sides to <paramref name="nFft"/> as torch.stft does.</summary>
    public static double[] PeriodicHann(int winLength, int nFft)
    {
        if (winLength < 1 || winLength > nFft)
        {
            throw new ArgumentOutOfRangeException(nameof(winLength), winLength, $"stft: win_length = {winLength} is invalid; allowed: [1, n_fft = {nFft}].");
        }

        var w = new double[nFft];
        int left = (nFft - winLength) / 2;
        for (int i = 0; i < winLength; i++)
        {
            w[left + i] = 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / winLength));
        }

        return w;
    }

    /// <summary>The number of frames torch.stft produces.</summary>
    public static int FrameCount(int length, int nFft, int hop, bool center)
    {
        long padded = center ? length + (2L * (nFft / 2)) : length;
        return padded < nFft ? 0 : (int)(1 + ((padded - nFft) / hop));
    }

    /// <summary>Checks the centring pad is possible: reflect padding needs more than n_fft / 2 samples, as in torch.</summary>
    public static void CheckLength(int length, int nFft, bool center, PadMode mode)
    {
        if (center && mode == PadMode.Reflect && length <= nFft / 2)
        {
            throw new ArgumentException($"stft: a signal of {length} samples is too short for reflect padding of n_fft / 2 = {nFft / 2}; it needs more than {nFft / 2} samples.");
        }

        if (!center && length < nFft)
        {
            throw new ArgumentException($"stft: a signal of {length} samples is shorter than n_fft = {nFft} and center is off.");
        }
    }

    /// <summary>Reads sample <paramref name="i"/> of the virtually padded signal (i may be negative or past the end).</summary>
    private static double PaddedSample(ReadOnlySpan<float> x, long i, PadMode mode)
    {
        if ((ulong)i < (ulong)x.Length)
        {
            return x[(int)i];
        }

        if (mode == PadMode.Constant || x.Length == 1)
        {
            return 0;
        }

        long period = 2L * (x.Length - 1);
        long j = ((i % period) + period) % period;
        return x[(int)(j < x.Length ? j : period - j)];
    }

    /// <summary>Fills <paramref name="frame"/> (length n_fft) with windowed frame <paramref name="t"/>.</summary>
    private static void LoadFrame(ReadOnlySpan<float> x, int t, int hop, ReadOnlySpan<double> window, bool center, PadMode mode, Span<double> frame)
    {
        int nFft = window.Length;
        long start = ((long)t * hop) - (center ? nFft / 2 : 0);
        if (start >= 0 && start + nFft <= x.Length)
        {
            var src = x.Slice((int)start, nFft);
            for (int i = 0; i < nFft; i++)
            {
                frame[i] = src[i] * window[i];
            }
        }
        else
        {
            for (int i = 0; i < nFft; i++)
            {
                frame[i] = PaddedSample(x, start + i, mode) * window[i];
            }
        }
    }

    /// <summary>|STFT|^power of one channel into <paramref name="output"/>, shape (n_fft / 2 + 1, frames), frames contiguous; power 1 is the magnitude, 2 the power.</summary>
    public static void Power(ReadOnlySpan<float> signal, int hop, ReadOnlySpan<double> window, bool center, PadMode mode, double power, Span<float> output)
    {
        int nFft = window.Length;
        int bins = (nFft / 2) + 1;
        int frames = FrameCount(signal.Length, nFft, hop, center);
        if (output.Length != bins * frames)
        {
            throw new ArgumentException($"stft: output holds {output.Length} values, expected {bins} x {frames}.", nameof(output));
        }

        CheckLength(signal.Length, nFft, center, mode);

        // Two real frames ride in one complex FFT (a in the real part, b in the imaginary part), halving the
        // transforms: A[k] = (Z[k] + conj Z[N-k]) / 2, B[k] = (Z[k] - conj Z[N-k]) / 2i.
        var a = new double[nFft];
        var b = new double[nFft];
        var z = new Complex[nFft];
        for (int t = 0; t < frames; t += 2)
        {
            LoadFrame(signal, t, hop, window, center, mode, a);
            if (t + 1 < frames)
            {
                LoadFrame(signal, t + 1, hop, window, center, mode, b);
            }
            else
            {
                Array.Clear(b);
            }

            for (int i = 0; i < nFft; i++)
            {
                z[i] = new Complex(a[i], b[i]);
            }

            Fourier.Forward(z, FourierOptions.NoScaling);
            for (int k = 0; k < bins; k++)
            {
                var zk = z[k];
                var zn = Complex.Conjugate(z[(nFft - k) % nFft]);
                var fa = (zk + zn) * 0.5;
                var fb = (zk - zn) * new Complex(0, -0.5);
                output[(k * frames) + t] = PowerOf(fa, power);
                if (t + 1 < frames)
                {
                    output[(k * frames) + t + 1] = PowerOf(fb, power);
                }
            }
        }
    }

    private static float PowerOf(Complex x, double power)
    {
        double p = (x.Real * x.Real) + (x.Imaginary * x.Imaginary);
        return (float)(power == 2.0 ? p : power == 1.0 ? Math.Sqrt(p) : Math.Pow(p, power / 2));
    }

    /// <summary>The complex STFT of one channel, shape (frames, n_fft / 2 + 1), bins contiguous, for the phase vocoder.</summary>
    public static Complex[] Forward(ReadOnlySpan<float> signal, int hop, ReadOnlySpan<double> window, bool center, PadMode mode, out int frames)
    {
        int nFft = window.Length;
        int bins = (nFft / 2) + 1;
        CheckLength(signal.Length, nFft, center, mode);
        frames = FrameCount(signal.Length, nFft, hop, center);
        var result = new Complex[frames * bins];
        var buffer = new double[nFft + 2];
        for (int t = 0; t < frames; t++)
        {
            LoadFrame(signal, t, hop, window, center, mode, buffer);
            Fourier.ForwardReal(buffer, nFft, FourierOptions.NoScaling);
            for (int k = 0; k < bins; k++)
            {
                result[(t * bins) + k] = new Complex(buffer[2 * k], buffer[(2 * k) + 1]);
            }
        }

        return result;
    }

    /// <summary>The inverse of a centred <see cref="Forward"/> by weighted overlap-add (torch.istft), trimmed or zero-padded to <paramref name="length"/> samples.</summary>
    public static float[] Inverse(ReadOnlySpan<Complex> spectrum, int frames, int hop, ReadOnlySpan<double> window, int length)
    {
        int nFft = window.Length;
        int bins = (nFft / 2) + 1;
        int offset = nFft / 2;
        long total = ((long)(frames - 1) * hop) + nFft;
        var acc = new double[Math.Max(total, offset + length)];
        var norm = new double[acc.Length];
        var buffer = new double[nFft + 2];
        for (int t = 0; t < frames; t++)
        {
            for (int k = 0; k < bins; k++)
            {
                var z = spectrum[(t * bins) + k];
                buffer[2 * k] = z.Real;
                buffer[(2 * k) + 1] = z.Imaginary;
            }

            Fourier.InverseReal(buffer, nFft, FourierOptions.NoScaling);
            int start = t * hop;
            for (int i = 0; i < nFft; i++)
            {
                acc[start + i] += buffer[i] / nFft * window[i];
                norm[start + i] += window[i] * window[i];
            }
        }

        var y = new float[length];
        for (int i = 0; i < length; i++)
        {
            double n = norm[offset + i];
            y[i] = n > 1e-11 ? (float)(acc[offset + i] / n) : 0f;
        }

        return y;
    }
}
