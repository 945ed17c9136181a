using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>add_background_noise</c> (audiomentations AddBackgroundNoise, relative noise level).</summary>
public sealed record AddBackgroundNoiseOptions : TransformOptions
{
    /// <summary>A WAV file or a folder of them.</summary>
    [Param("WAV file or folder of noise recordings")]
    public string SoundsPath { get; init; } = string.Empty;

    /// <summary>The signal-to-noise ratio in dB, drawn uniformly.</summary>
    [Param("signal-to-noise ratio in dB", Min = -60, Max = 120)]
    public FloatRange SnrDb { get; init; } = new(3, 30);
}
