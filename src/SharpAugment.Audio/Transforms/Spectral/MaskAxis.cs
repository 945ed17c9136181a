namespace SharpAugment.Audio.Transforms.Spectral;

/// <summary>The axis a mask spans.</summary>
public enum MaskAxis
{
    /// <summary>A band of frequency (or mel) bins.</summary>
    Frequency,

    /// <summary>A run of time frames.</summary>
    Time,
}
