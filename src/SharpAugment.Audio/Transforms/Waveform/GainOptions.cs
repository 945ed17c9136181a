using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>gain</c> (audiomentations Gain).</summary>
public sealed record GainOptions : TransformOptions
{
    /// <summary>The gain in dB, drawn uniformly in dB.</summary>
    [Param("gain in dB (constant or range)", Min = -120, Max = 120)]
    public FloatRange Db { get; init; } = new(-12, 12);
}
