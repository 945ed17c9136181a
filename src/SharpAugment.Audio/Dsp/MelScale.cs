namespace SharpAugment.Audio.Dsp;

/// <summary>The hertz-to-mel formula of a filterbank.</summary>
public enum MelScale
{
    /// <summary>HTK: mel = 2595 log10(1 + f / 700) (torchaudio's default).</summary>
    Htk,

    /// <summary>Slaney (Auditory Toolbox): linear below 1 kHz, logarithmic above (librosa's default).</summary>
    Slaney,
}
