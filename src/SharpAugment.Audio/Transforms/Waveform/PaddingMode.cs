namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>How <c>adjust_duration</c> fills the missing samples (numpy.pad modes).</summary>
public enum PaddingMode
{
    /// <summary>Zeros.</summary>
    Silence,

    /// <summary>Repeat the clip from its other end.</summary>
    Wrap,

    /// <summary>Mirror the clip without repeating the edge sample.</summary>
    Reflect,
}
