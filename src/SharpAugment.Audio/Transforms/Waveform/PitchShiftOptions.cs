using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>pitch_shift</c> (audiomentations PitchShift).</summary>
public sealed record PitchShiftOptions : TransformOptions
{
    /// <summary>The shift in semitones, drawn uniformly.</summary>
    [Param("pitch shift in semitones", Min = -48, Max = 48)]
    public FloatRange Semitones { get; init; } = new(-4, 4);
}
