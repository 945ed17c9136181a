using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>clipping_distortion</c> (audiomentations ClippingDistortion).</summary>
public sealed record ClippingDistortionOptions : TransformOptions
{
    /// <summary>The percentage of samples clipped (half at each end), drawn as an integer.</summary>
    [Param("percentage of samples clipped", Min = 0, Max = 100)]
    public IntRange PercentileThreshold { get; init; } = new(0, 40);
}
