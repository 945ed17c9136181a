namespace SharpAugment.Audio;

/// <summary>A spectrogram of shape (channels, bins, frames) in one row-major float array: frames are contiguous, as in torchaudio.</summary>
public sealed class Spectrogram
{
    /// <summary>Wraps values (not copied) of length channels * bins * frames.</summary>
    public Spectrogram(float[] values, int channels, int bins, int frames)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (channels < 1 || bins < 1 || frames < 0)
        {
            throw new ArgumentException($"Spectrogram: shape ({channels}, {bins}, {frames}) is invalid; channels and bins must be >= 1, frames >= 0.", nameof(values));
        }

        if (values.Length != (long)channels * bins * frames)
        {
            throw new ArgumentException($"Spectrogram: {values.Length} values do not fill shape ({channels}, {bins}, {frames}).", nameof(values));
        }

        Values = values;
        Channels = channels;
        Bins = bins;
        Frames = frames;
    }

    /// <summary>The values, index ((channel * Bins) + bin) * Frames + frame.</summary>
    public float[] Values { get; }

    /// <summary>The number of channels.</summary>
    public int Channels { get; }

    /// <summary>Frequency (or mel) bins.</summary>
    public int Bins { get; }

    /// <summary>Time frames.</summary>
    public int Frames { get; }

    /// <summary>One channel's (bins, frames) plane.</summary>
    public Span<float> Plane(int channel) => Values.AsSpan(channel * Bins * Frames, Bins * Frames);

    /// <summary>One value, for tests and small tools (not for per-element loops).</summary>
    public float this[int channel, int bin, int frame] => Values[((channel * Bins) + bin) * Frames + frame];

    /// <summary>A spectrogram of the same shape with other values.</summary>
    public Spectrogram WithValues(float[] values) => new(values, Channels, Bins, Frames);

    /// <summary>A deep copy.</summary>
    public Spectrogram Clone() => new((float[])Values.Clone(), Channels, Bins, Frames);
}
