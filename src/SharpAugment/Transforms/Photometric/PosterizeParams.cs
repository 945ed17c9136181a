namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled bit depth of <c>posterize</c>.</summary>
/// <param name="Bits">Bits kept per channel (0 to 8).</param>
public sealed record PosterizeParams(int Bits);
