namespace SharpAugment.Transforms.Noise;

/// <summary>The sampled parameters of <c>shot_noise</c>.</summary>
/// <param name="Scale">The drawn photon scale.</param>
/// <param name="NoiseSeed">Seeds the per-element Poisson draws.</param>
public sealed record ShotNoiseParams(double Scale, ulong NoiseSeed);
