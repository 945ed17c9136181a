namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled parameters of <c>channel_shuffle</c>.</summary>
/// <param name="Order">Output channel c takes input channel Order[c].</param>
public sealed record ChannelShuffleParams(IReadOnlyList<int> Order);
