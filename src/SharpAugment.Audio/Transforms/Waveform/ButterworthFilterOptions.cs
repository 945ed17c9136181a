using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>What the Butterworth filter transforms share (audiomentations' BaseButterworthFilter): the roll-off range and zero-phase filtering.</summary>
public abstract record ButterworthFilterOptions : TransformOptions
{
    /// <summary>The slope in dB per octave: multiples of 6 (12 when zero-phase).</summary>
    [Param("roll-off in dB/octave (multiples of 6)", Min = 6, Max = 192)]
    public IntRange Rolloff { get; init; } = new(12, 24);

    /// <summary>Whether to filter forwards and backwards (no phase shift, double slope).</summary>
    [Param("zero-phase (forward-backward) filtering")]
    public bool ZeroPhase { get; init; }

    /// <inheritdoc/>
    public override void Validate(string transform) => FilterKernels.ValidateRolloff(transform, Rolloff, ZeroPhase);
}
