using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>add_gaussian_noise</c> (audiomentations AddGaussianNoise).</summary>
public sealed record AddGaussianNoiseOptions : TransformOptions
{
    /// <summary>The noise standard deviation, drawn uniformly.</summary>
    [Param("noise amplitude (standard deviation)", Min = 0, Max = 10)]
    public FloatRange Amplitude { get; init; } = new(0.001, 0.015);
}
