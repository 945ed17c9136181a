namespace SharpAugment.Audio.Dsp;

/// <summary>How a centred STFT extends the signal by n_fft / 2 on each side.</summary>
public enum PadMode
{
    /// <summary>Mirror without repeating the edge sample (torch.stft's default, pad_mode='reflect'); needs a signal longer than n_fft / 2.</summary>
    Reflect,

    /// <summary>Zeros (librosa's default), which works for any length.</summary>
    Constant,
}
