namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Where <c>adjust_duration</c> inserts padding.</summary>
public enum PaddingPosition
{
    /// <summary>Before the clip.</summary>
    Start,

    /// <summary>After the clip.</summary>
    End,
}
