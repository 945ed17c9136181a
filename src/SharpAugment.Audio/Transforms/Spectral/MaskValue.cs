namespace SharpAugment.Audio.Transforms.Spectral;

/// <summary>What masked cells are set to.</summary>
public enum MaskValue
{
    /// <summary>Zero (the paper's choice, on normalised log-mel features).</summary>
    Zero,

    /// <summary>The mean of the whole input spectrogram, taken once before any mask (torchaudio's SpecAugment default).</summary>
    Mean,
}
