using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Waveform;

/// <summary>Options of <c>adjust_duration</c> (audiomentations AdjustDuration): give exactly one of the two durations.</summary>
public sealed record AdjustDurationOptions : TransformOptions
{
    /// <summary>Target length in samples.</summary>
    [Param("target length in samples", Min = 1)]
    public int? DurationSamples { get; init; }

    /// <summary>Target length in seconds (int(seconds * rate) samples).</summary>
    [Param("target length in seconds", Min = 0, MinExclusive = true)]
    public double? DurationSeconds { get; init; }

    /// <summary>How a short clip is padded.</summary>
    [Param("padding mode: silence, wrap or reflect")]
    public PaddingMode PaddingMode { get; init; } = PaddingMode.Silence;

    /// <summary>Where a short clip is padded.</summary>
    [Param("padding position: start or end")]
    public PaddingPosition PaddingPosition { get; init; } = PaddingPosition.End;

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (DurationSamples is null == DurationSeconds is null)
        {
            throw new TransformParameterException(transform, "duration_samples", DurationSamples?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none",
                "exactly one of duration_samples and duration_seconds");
        }
    }
}
