namespace SharpAugment.Transforms.Noise;

/// <summary>The sampled parameters of <c>gauss_noise</c>.</summary>
/// <param name="Std">The drawn standard deviation, as a fraction of the maximum value.</param>
/// <param name="Mean">The drawn mean, as a fraction of the maximum value.</param>
/// <param name="NoiseSeed">Seeds the per-element normal draws.</param>
public sealed record GaussNoiseParams(double Std, double Mean, ulong NoiseSeed);
