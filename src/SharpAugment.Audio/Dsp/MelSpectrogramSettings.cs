namespace SharpAugment.Audio.Dsp;

/// <summary>The parameters of a mel spectrogram, with torchaudio.transforms.MelSpectrogram's defaults (n_fft 400, hop 200, 128 HTK mels, power 2, centred with reflect padding).</summary>
public sealed record MelSpectrogramSettings
{
    /// <summary>The sample rate the filterbank is built for (Hz).</summary>
    public int SampleRate { get; init; } = 16000;

    /// <summary>FFT size.</summary>
    public int NFft { get; init; } = 400;

    /// <summary>Window length (default n_fft).</summary>
    public int? WinLength { get; init; }

    /// <summary>Hop between frames (default win_length / 2).</summary>
    public int? HopLength { get; init; }

    /// <summary>Lowest filter edge (Hz).</summary>
    public double FMin { get; init; }

    /// <summary>Highest filter edge (Hz; default sample_rate / 2).</summary>
    public double? FMax { get; init; }

    /// <summary>Number of mel bands.</summary>
    public int NMels { get; init; } = 128;

    /// <summary>Exponent of the magnitude: 2 for power, 1 for magnitude.</summary>
    public double Power { get; init; } = 2.0;

    /// <summary>Whether frames are centred by padding n_fft / 2 on each side.</summary>
    public bool Center { get; init; } = true;

    /// <summary>How the centring pad is filled.</summary>
    public PadMode PadMode { get; init; } = PadMode.Reflect;

    /// <summary>Triangle normalisation.</summary>
    public MelNorm Norm { get; init; } = MelNorm.None;

    /// <summary>Hertz-to-mel formula.</summary>
    public MelScale MelScale { get; init; } = MelScale.Htk;

    /// <summary>The window length in effect.</summary>
    public int EffectiveWinLength => WinLength ?? NFft;

    /// <summary>The hop in effect.</summary>
    public int EffectiveHopLength => HopLength ?? (EffectiveWinLength / 2);

    /// <summary>The upper edge in effect.</summary>
    public double EffectiveFMax => FMax ?? (SampleRate / 2);

    /// <summary>Rejects impossible settings with a message naming the setting, its value and the allowed range.</summary>
    public void Validate()
    {
        Check(SampleRate >= 1, "sample_rate", SampleRate, ">= 1");
        Check(NFft >= 2 && NFft <= 1 << 16, "n_fft", NFft, "[2, 65536]");
        Check(EffectiveWinLength >= 1 && EffectiveWinLength <= NFft, "win_length", EffectiveWinLength, $"[1, n_fft = {NFft}]");
        Check(EffectiveHopLength >= 1, "hop_length", EffectiveHopLength, ">= 1");
        Check(NMels >= 1 && NMels <= 4096, "n_mels", NMels, "[1, 4096]");
        Check(Power > 0 && double.IsFinite(Power), "power", Power, "> 0");
        Check(FMin >= 0 && FMin < EffectiveFMax, "f_min", FMin, $"[0, f_max = {EffectiveFMax})");
        Check(EffectiveFMax <= SampleRate / 2.0, "f_max", EffectiveFMax, $"<= sample_rate / 2 = {SampleRate / 2.0}");
    }

    private static void Check(bool ok, string name, double value, string allowed)
    {
        if (!ok)
        {
            throw new ArgumentException($"mel_spectrogram: parameter '{name}' = {value} is invalid; allowed: {allowed}.", name);
        }
    }
}
