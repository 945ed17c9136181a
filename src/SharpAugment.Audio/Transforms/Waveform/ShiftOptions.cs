using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>shift</c> (audiomentations Shift).</summary>
public sealed record ShiftOptions : TransformOptions
{
    /// <summary>The shift, positive to the right, drawn uniformly.</summary>
    [Param("shift amount (positive: later), in the given unit")]
    public FloatRange Shift { get; init; } = new(-0.5, 0.5);

    /// <summary>The unit of <see cref="Shift"/>.</summary>
    [Param("unit: fraction, samples or seconds")]
    public ShiftUnit Unit { get; init; } = ShiftUnit.Fraction;

    /// <summary>Whether samples leaving one end come back at the other (else the gap is silent).</summary>
    [Param("wrap samples around (np.roll) instead of zero-filling")]
    public bool Rollover { get; init; } = true;

    /// <summary>Length of the linear fades at the seam, in seconds.</summary>
    [Param("fade at the seam in seconds (0: none)", Min = 0, Max = 10)]
    public double FadeDuration { get; init; } = 0.005;
}
