namespace SharpAugment.Audio.Transforms.Spectral;

/// <summary>The paper's named policies (Park et al. 2019, table 1); <see cref="Custom"/> uses the explicit parameters.</summary>
public enum SpecAugmentPolicy
{
    /// <summary>Use w, freq_mask_param, n_freq_masks, time_mask_param, n_time_masks and max_proportion as given.</summary>
    Custom,

    /// <summary>No augmentation.</summary>
    None,

    /// <summary>LibriSpeech basic: W 80, F 27, m_F 1, T 100, p 1.0, m_T 1.</summary>
    Lb,

    /// <summary>LibriSpeech double: W 80, F 27, m_F 2, T 100, p 1.0, m_T 2.</summary>
    Ld,

    /// <summary>Switchboard mild: W 40, F 15, m_F 2, T 70, p 0.2, m_T 2.</summary>
    Sm,

    /// <summary>Switchboard strong: W 40, F 27, m_F 2, T 70, p 0.2, m_T 2.</summary>
    Ss,
}
