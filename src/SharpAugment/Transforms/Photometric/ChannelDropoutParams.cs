namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled channels of <c>channel_dropout</c>.</summary>
/// <param name="Channels">Indices of the dropped channels.</param>
public sealed record ChannelDropoutParams(int[] Channels);
