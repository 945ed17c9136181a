using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>add_gaussian_snr</c> (audiomentations AddGaussianSNR).</summary>
public sealed record AddGaussianSnrOptions : TransformOptions
{
    /// <summary>The signal-to-noise ratio in dB, drawn uniformly in dB.</summary>
    [Param("signal-to-noise ratio in dB", Min = -60, Max = 120)]
    public FloatRange SnrDb { get; init; } = new(5, 40);
}
