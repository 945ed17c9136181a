using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>channel_dropout</c> (Albumentations ChannelDropout, default p 0.5).</summary>
public sealed record ChannelDropoutOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public ChannelDropoutOptions() => P = 0.5;

    /// <summary>How many channels to drop.</summary>
    [Param("how many channels to drop, drawn per call (at most channels - 1 are dropped)", Min = 1, Max = 16)]
    public IntRange ChannelDropRange { get; init; } = new(1, 1);

    /// <summary>The value written into dropped channels.</summary>
    [Param("value of the dropped channels in levels of 255 (fill / 255 for float images)", Min = 0, Max = 255)]
    public double Fill { get; init; }
}
