using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>high_pass_filter</c> (audiomentations HighPassFilter).</summary>
public sealed record HighPassFilterOptions : TransformOptions
{
    /// <summary>The -3 dB corner in Hz, drawn uniformly on the mel scale.</summary>
    [Param("cutoff frequency in Hz", Min = 1, Max = 192000)]
    public FloatRange CutoffFreq { get; init; } = new(20, 2400);

    /// <summary>The slope in dB per octave: multiples of 6 (12 when zero-phase).</summary>
    [Param("roll-off in dB/octave (multiples of 6)", Min = 6, Max = 192)]
    public IntRange Rolloff { get; init; } = new(12, 24);

    /// <summary>Whether to filter forwards and backwards (no phase shift, double slope).</summary>
    [Param("zero-phase (forward-backward) filtering")]
    public bool ZeroPhase { get; init; }

    /// <inheritdoc/>
    public override void Validate(string transform) => FilterKernels.ValidateRolloff(transform, Rolloff, ZeroPhase);
}
