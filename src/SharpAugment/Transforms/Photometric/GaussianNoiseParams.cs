namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled parameters of <c>gaussian_noise</c>: the drawn mean and sigma and the seed of the per-pixel noise stream, so a replay adds the same noise.</summary>
/// <param name="Mean">The noise mean.</param>
/// <param name="Sigma">The noise standard deviation.</param>
/// <param name="NoiseSeed">Seeds the per-element normal draws.</param>
public sealed record GaussianNoiseParams(double Mean, double Sigma, ulong NoiseSeed);
