using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>high_pass_filter</c> (audiomentations HighPassFilter).</summary>
public sealed record HighPassFilterOptions : ButterworthFilterOptions
{
    /// <summary>The -3 dB corner in Hz, drawn uniformly on the mel scale.</summary>
    [Param("cutoff frequency in Hz", Min = 1, Max = 192000)]
    public FloatRange CutoffFreq { get; init; } = new(20, 2400);
}
