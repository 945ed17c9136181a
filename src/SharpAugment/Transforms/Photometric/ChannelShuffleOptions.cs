using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>channel_shuffle</c> (Albumentations ChannelShuffle, whose default p is 0.5).</summary>
public sealed record ChannelShuffleOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public ChannelShuffleOptions() => P = 0.5;
}
