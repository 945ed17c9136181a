namespace SharpAugment.Audio.Dsp;

/// <summary>Computes mel spectrograms equal to torchaudio.transforms.MelSpectrogram; the window and the filterbank are built once and reused for every clip.</summary>
public sealed class MelSpectrogram
{
    private readonly double[] _window;
    private readonly double[] _filters;
    private readonly int[] _lo;
    private readonly int[] _hi;

    /// <summary>Builds the window and the filterbank for <paramref name="settings"/>.</summary>
    public MelSpectrogram(MelSpectrogramSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        Settings = settings;
        _window = Stft.PeriodicHann(settings.EffectiveWinLength, settings.NFft);
        int nFreqs = Bins;
        var fb = MelFilterBank.Create(nFreqs, settings.FMin, settings.EffectiveFMax, settings.NMels, settings.SampleRate, settings.Norm, settings.MelScale);
        int nMels = settings.NMels;
        _filters = new double[nMels * nFreqs];
        _lo = new int[nMels];
        _hi = new int[nMels];
        for (int m = 0; m < nMels; m++)
        {
            int lo = nFreqs, hi = 0;
            for (int f = 0; f < nFreqs; f++)
            {
                double w = fb[(f * nMels) + m];
                _filters[(m * nFreqs) + f] = w;
                if (w != 0)
                {
                    lo = Math.Min(lo, f);
                    hi = f + 1;
                }
            }

            _lo[m] = Math.Min(lo, hi);
            _hi[m] = hi;
        }
    }

    /// <summary>The settings.</summary>
    public MelSpectrogramSettings Settings { get; }

    /// <summary>Linear-frequency bins (n_fft / 2 + 1).</summary>
    public int Bins => (Settings.NFft / 2) + 1;

    /// <summary>Frames for a signal of <paramref name="length"/> samples.</summary>
    public int FrameCount(int length) => Stft.FrameCount(length, Settings.NFft, Settings.EffectiveHopLength, Settings.Center);

    /// <summary>The mel spectrogram of every channel, shape (channels, n_mels, frames); the clip's rate must equal the settings' rate.</summary>
    public Spectrogram Compute(AudioClip clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        if (clip.SampleRate != Settings.SampleRate)
        {
            throw new ArgumentException($"mel_spectrogram: the clip's sample rate {clip.SampleRate} Hz differs from the filterbank's {Settings.SampleRate} Hz; build the settings with SampleRate = {clip.SampleRate}.", nameof(clip));
        }

        int frames = FrameCount(clip.Length);
        int nMels = Settings.NMels;
        var values = new float[(long)clip.Channels * nMels * frames];
        var linear = new float[Bins * frames];
        for (int c = 0; c < clip.Channels; c++)
        {
            Stft.Power(clip.Channel(c), Settings.EffectiveHopLength, _window, Settings.Center, Settings.PadMode, Settings.Power, linear);
            Project(linear, frames, values.AsSpan(c * nMels * frames, nMels * frames));
        }

        return new Spectrogram(values, clip.Channels, nMels, frames);
    }

    /// <summary>Applies the filterbank to one (bins, frames) linear spectrogram, writing (n_mels, frames).</summary>
    private void Project(ReadOnlySpan<float> linear, int frames, Span<float> mel)
    {
        int nFreqs = Bins;
        var acc = new double[frames];
        for (int m = 0; m < Settings.NMels; m++)
        {
            Array.Clear(acc);
            for (int f = _lo[m]; f < _hi[m]; f++)
            {
                double w = _filters[(m * nFreqs) + f];
                var row = linear.Slice(f * frames, frames);
                for (int t = 0; t < frames; t++)
                {
                    acc[t] += w * row[t];
                }
            }

            var dst = mel.Slice(m * frames, frames);
            for (int t = 0; t < frames; t++)
            {
                dst[t] = (float)acc[t];
            }
        }
    }
}
