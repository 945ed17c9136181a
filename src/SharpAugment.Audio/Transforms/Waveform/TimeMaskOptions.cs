using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>time_mask</c> (audiomentations TimeMask).</summary>
public sealed record TimeMaskOptions : TransformOptions
{
    /// <summary>The silenced part as a fraction of the clip, drawn uniformly as an integer sample count.</summary>
    [Param("silenced fraction of the length", Min = 0, Max = 1)]
    public FloatRange BandPart { get; init; } = new(0.01, 0.2);

    /// <summary>Length of the linear fades at both edges of the silence, in seconds.</summary>
    [Param("fade at the mask edges in seconds (0: hard edges)", Min = 0, Max = 10)]
    public double FadeDuration { get; init; } = 0.005;
}
