namespace SharpAugment.Audio.Transforms.Spectral;

/// <summary>The sampled parameters of a spectrogram augmentation: an optional time warp, then masks in order.</summary>
/// <param name="WarpCenter">The source frame moved by the warp (ignored when <paramref name="WarpShift"/> is 0).</param>
/// <param name="WarpShift">How many frames it moves (negative: earlier), 0 for no warp.</param>
/// <param name="Masks">The masks, applied in order.</param>
/// <param name="MaskValue">The value masked cells receive (0 or the input's mean).</param>
public sealed record SpecAugmentParams(int WarpCenter, int WarpShift, IReadOnlyList<Mask> Masks, float MaskValue);
