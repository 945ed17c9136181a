namespace SharpAugment.Transforms.Noise;

/// <summary>The sampled parameters of <c>iso_noise</c>.</summary>
/// <param name="ColorShift">The drawn hue noise scale.</param>
/// <param name="Intensity">The drawn intensity.</param>
/// <param name="NoiseSeed">Seeds the per-pixel Poisson and normal draws.</param>
public sealed record IsoNoiseParams(double ColorShift, double Intensity, ulong NoiseSeed);
