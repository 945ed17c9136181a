using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>low_pass_filter</c> (audiomentations LowPassFilter).</summary>
public sealed record LowPassFilterOptions : ButterworthFilterOptions
{
    /// <summary>The -3 dB corner in Hz, drawn uniformly on the mel scale.</summary>
    [Param("cutoff frequency in Hz", Min = 1, Max = 192000)]
    public FloatRange CutoffFreq { get; init; } = new(150, 7500);
}
