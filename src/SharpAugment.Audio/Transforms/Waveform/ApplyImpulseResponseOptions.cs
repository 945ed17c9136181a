using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>apply_impulse_response</c> (audiomentations ApplyImpulseResponse).</summary>
public sealed record ApplyImpulseResponseOptions : TransformOptions
{
    /// <summary>A WAV impulse response or a folder of them.</summary>
    [Param("WAV impulse response or folder of them")]
    public string IrPath { get; init; } = string.Empty;

    /// <summary>Whether the reverberant tail past the input's end is cut.</summary>
    [Param("cut the result to the input length")]
    public bool LeaveLengthUnchanged { get; init; } = true;
}
