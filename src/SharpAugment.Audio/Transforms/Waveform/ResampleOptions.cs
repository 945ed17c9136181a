using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>resample</c> (audiomentations Resample).</summary>
public sealed record ResampleOptions : TransformOptions
{
    /// <summary>The new sample rate, drawn uniformly as an integer.</summary>
    [Param("target sample rate in Hz", Min = 1000, Max = 384000)]
    public IntRange SampleRate { get; init; } = new(8000, 44100);
}
