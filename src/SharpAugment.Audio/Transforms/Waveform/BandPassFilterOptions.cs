using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>band_pass_filter</c> (audiomentations BandPassFilter).</summary>
public sealed record BandPassFilterOptions : ButterworthFilterOptions
{
    /// <summary>The band centre in Hz, drawn uniformly on the mel scale.</summary>
    [Param("centre frequency in Hz", Min = 1, Max = 192000)]
    public FloatRange CenterFreq { get; init; } = new(200, 4000);

    /// <summary>The bandwidth as a fraction of the centre (below 2, so the low corner stays above 0 Hz).</summary>
    [Param("bandwidth / centre frequency", Min = 0.01, Max = 1.999)]
    public FloatRange BandwidthFraction { get; init; } = new(0.5, 1.99);
}
