namespace SharpAugment.Audio;

/// <summary>A waveform: float samples nominally in [-1, 1], stored planar (all of channel 0, then all of channel 1, ...), with its sample rate and the WAV format it came from.</summary>
public sealed class AudioClip
{
    /// <summary>The largest number of channels accepted, as WAVE_FORMAT_EXTENSIBLE's channel mask allows.</summary>
    public const int MaxChannels = 32;

    /// <summary>Wraps planar samples (not copied): <paramref name="samples"/> holds <paramref name="channels"/> runs of equal length.</summary>
    public AudioClip(float[] samples, int channels, int sampleRate, WavSampleFormat format = WavSampleFormat.Float32)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (channels < 1 || channels > MaxChannels)
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, $"AudioClip: channels = {channels} is invalid; allowed: [1, {MaxChannels}].");
        }

        if (sampleRate < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, $"AudioClip: sample rate = {sampleRate} is invalid; allowed: >= 1 Hz.");
        }

        if (samples.Length % channels != 0)
        {
            throw new ArgumentException($"AudioClip: {samples.Length} samples do not split into {channels} channels of equal length.", nameof(samples));
        }

        Samples = samples;
        Channels = channels;
        SampleRate = sampleRate;
        Length = samples.Length / channels;
        Format = format;
    }

    /// <summary>A mono clip.</summary>
    public static AudioClip Mono(float[] samples, int sampleRate) => new(samples, 1, sampleRate);

    /// <summary>The samples, planar: channel c occupies [c * Length, (c + 1) * Length).</summary>
    public float[] Samples { get; }

    /// <summary>The number of channels.</summary>
    public int Channels { get; }

    /// <summary>Samples per channel (frames).</summary>
    public int Length { get; }

    /// <summary>Samples per second.</summary>
    public int SampleRate { get; }

    /// <summary>The WAV sample format the clip was read from, used again when it is written.</summary>
    public WavSampleFormat Format { get; }

    /// <summary>The duration in seconds.</summary>
    public double Duration => (double)Length / SampleRate;

    /// <summary>The samples of one channel.</summary>
    public Span<float> Channel(int channel)
    {
        if ((uint)channel >= (uint)Channels)
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, $"AudioClip: channel {channel} does not exist; allowed: [0, {Channels - 1}].");
        }

        return Samples.AsSpan(channel * Length, Length);
    }

    /// <summary>A clip with other samples (planar, same channel count) and the same rate and format.</summary>
    public AudioClip WithSamples(float[] samples) => new(samples, Channels, SampleRate, Format);

    /// <summary>A clip with other samples and another sample rate, keeping the channel count and format.</summary>
    public AudioClip WithSamples(float[] samples, int sampleRate) => new(samples, Channels, sampleRate, Format);

    /// <summary>A deep copy.</summary>
    public AudioClip Clone() => new((float[])Samples.Clone(), Channels, SampleRate, Format);
}
