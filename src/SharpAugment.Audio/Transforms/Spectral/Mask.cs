namespace SharpAugment.Audio.Transforms.Spectral;

/// <summary>One sampled mask: cells [Start, Start + Width) along <see cref="Axis"/> of channel <see cref="Channel"/> (-1 for every channel).</summary>
/// <param name="Axis">Frequency or time.</param>
/// <param name="Channel">The channel, or -1 when one mask is shared by all channels.</param>
/// <param name="Start">First masked index.</param>
/// <param name="Width">Number of masked indices (0 masks nothing).</param>
public sealed record Mask(MaskAxis Axis, int Channel, int Start, int Width);
