using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>time_stretch</c> (audiomentations TimeStretch).</summary>
public sealed record TimeStretchOptions : TransformOptions
{
    /// <summary>The stretch rate (&gt; 1 faster), drawn uniformly.</summary>
    [Param("rate (> 1: faster, shorter)", Min = 0.05, Max = 20)]
    public FloatRange Rate { get; init; } = new(0.8, 1.25);

    /// <summary>Whether the result is zero-padded or cut back to the input length.</summary>
    [Param("pad or trim the result to the input length")]
    public bool LeaveLengthUnchanged { get; init; } = true;
}
