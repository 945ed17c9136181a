namespace SharpAugment.Audio.Dsp;

/// <summary>Band-limited resampling between integer rates with torchaudio.functional.resample's Hann-windowed sinc kernel (lowpass_filter_width 6, rolloff 0.99); the kernel is built once per rate pair.</summary>
public sealed class SincResampler
{
    private readonly int _orig;
    private readonly int _new;
    private readonly int _width;
    private readonly int _taps;
    private readonly int[] _firstTap;
    private readonly double[] _weights;

    /// <summary>Builds the polyphase kernel for <paramref name="origFreq"/> to <paramref name="newFreq"/>.</summary>
    public SincResampler(int origFreq, int newFreq, int lowpassFilterWidth = 6, double rolloff = 0.99)
    {
        if (origFreq < 1 || newFreq < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(origFreq), $"resample: rates {origFreq} -> {newFreq} Hz are invalid; allowed: >= 1.");
        }

        if (lowpassFilterWidth < 1 || rolloff <= 0 || rolloff > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rolloff), $"resample: lowpass_filter_width = {lowpassFilterWidth} (>= 1) and rolloff = {rolloff} ((0, 1]) are invalid.");
        }

        int g = Gcd(origFreq, newFreq);
        _orig = origFreq / g;
        _new = newFreq / g;
        if (_new > 1 << 20)
        {
            throw new ArgumentOutOfRangeException(nameof(newFreq), $"resample: {origFreq} -> {newFreq} Hz needs {_new} kernel phases; allowed: <= {1 << 20} (use rates with a larger common divisor).");
        }

        double baseFreq = Math.Min(_orig, _new) * rolloff;
        _width = (int)Math.Ceiling(lowpassFilterWidth * _orig / baseFreq);
        double halfSpan = _orig * lowpassFilterWidth / baseFreq;
        _taps = (int)Math.Ceiling(2 * halfSpan) + 2;
        _firstTap = new int[_new];
        _weights = new double[_new * _taps];
        int kernelLength = (2 * _width) + _orig;
        double scale = baseFreq / _orig;
        for (int i = 0; i < _new; i++)
        {
            // Tap k of phase i sits at time t = ((k - width) / orig - i / new) * base_freq; only |t| < width matters.
            double centre = _width + ((double)_orig * i / _new);
            int first = Math.Max(0, (int)Math.Floor(centre - halfSpan));
            _firstTap[i] = first;
            for (int j = 0; j < _taps; j++)
            {
                int k = first + j;
                if (k >= kernelLength)
                {
                    break;
                }

                double t = (((double)(k - _width) / _orig) - ((double)i / _new)) * baseFreq;
                t = Math.Clamp(t, -lowpassFilterWidth, lowpassFilterWidth);
                double window = Math.Cos(t * Math.PI / lowpassFilterWidth / 2);
                window *= window;
                t *= Math.PI;
                double sinc = t == 0 ? 1.0 : Math.Sin(t) / t;
                _weights[(i * _taps) + j] = sinc * window * scale;
            }
        }
    }

    /// <summary>Output samples for an input of <paramref name="length"/> samples: ceil(new * length / orig).</summary>
    public int OutputLength(int length) => (int)Math.Ceiling((double)_new * length / _orig);

    /// <summary>Resamples one channel into <paramref name="output"/> (length <see cref="OutputLength"/>).</summary>
    public void Process(ReadOnlySpan<float> input, Span<float> output)
    {
        int n = OutputLength(input.Length);
        if (output.Length != n)
        {
            throw new ArgumentException($"resample: output holds {output.Length} samples, expected {n}.", nameof(output));
        }

        for (int o = 0; o < n; o++)
        {
            int frame = o / _new, phase = o % _new;
            long origin = ((long)frame * _orig) - _width + _firstTap[phase];
            var w = _weights.AsSpan(phase * _taps, _taps);
            double acc = 0;
            if (origin >= 0 && origin + _taps <= input.Length)
            {
                var x = input.Slice((int)origin, _taps);
                for (int j = 0; j < w.Length; j++)
                {
                    acc += x[j] * w[j];
                }
            }
            else
            {
                for (int j = 0; j < w.Length; j++)
                {
                    long idx = origin + j;
                    if ((ulong)idx < (ulong)input.Length)
                    {
                        acc += input[(int)idx] * w[j];
                    }
                }
            }

            output[o] = (float)acc;
        }
    }

    /// <summary>Resamples every channel of a clip to <paramref name="newRate"/> (the clip's rate changes).</summary>
    public static AudioClip Resample(AudioClip clip, int newRate)
    {
        ArgumentNullException.ThrowIfNull(clip);
        return Resample(clip, clip.SampleRate, newRate, newRate);
    }

    /// <summary>Resamples every channel as if from <paramref name="origFreq"/> to <paramref name="newFreq"/>, labelling the result <paramref name="resultRate"/> (speed change when it differs from newFreq).</summary>
    public static AudioClip Resample(AudioClip clip, int origFreq, int newFreq, int resultRate)
    {
        ArgumentNullException.ThrowIfNull(clip);
        if (origFreq == newFreq)
        {
            return new AudioClip((float[])clip.Samples.Clone(), clip.Channels, resultRate, clip.Format);
        }

        var r = new SincResampler(origFreq, newFreq);
        int n = r.OutputLength(clip.Length);
        var result = new float[(long)n * clip.Channels];
        for (int c = 0; c < clip.Channels; c++)
        {
            r.Process(clip.Channel(c), result.AsSpan(c * n, n));
        }

        return new AudioClip(result, clip.Channels, resultRate, clip.Format);
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
