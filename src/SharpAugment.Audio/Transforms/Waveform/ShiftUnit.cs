namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>The unit of <c>shift</c>'s amount.</summary>
public enum ShiftUnit
{
    /// <summary>A fraction of the clip's length.</summary>
    Fraction,

    /// <summary>Samples.</summary>
    Samples,

    /// <summary>Seconds.</summary>
    Seconds,
}
