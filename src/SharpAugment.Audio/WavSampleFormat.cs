namespace SharpAugment.Audio;

/// <summary>How samples are stored in a WAV file; a clip remembers the format it was read from so that it is written back the same way.</summary>
public enum WavSampleFormat
{
    /// <summary>Unsigned 8-bit integer PCM (silence is 128).</summary>
    Pcm8,

    /// <summary>Signed 16-bit integer PCM.</summary>
    Pcm16,

    /// <summary>Signed 24-bit integer PCM (three bytes, little-endian).</summary>
    Pcm24,

    /// <summary>Signed 32-bit integer PCM.</summary>
    Pcm32,

    /// <summary>IEEE 754 single-precision float, nominally in [-1, 1].</summary>
    Float32,

    /// <summary>IEEE 754 double-precision float, nominally in [-1, 1].</summary>
    Float64,
}
