namespace SharpAugment.Transforms.Blur;

/// <summary>The sampled kernel of <c>advanced_blur</c>.</summary>
/// <param name="Kernel">Odd kernel side in pixels.</param>
/// <param name="SigmaX">Sigma along x before rotation.</param>
/// <param name="SigmaY">Sigma along y before rotation.</param>
/// <param name="Rotate">Rotation in degrees.</param>
/// <param name="Beta">Shape exponent of the generalized Gaussian.</param>
/// <param name="NoiseSeed">Seed of the per-tap multiplicative noise.</param>
public sealed record AdvancedBlurParams(int Kernel, double SigmaX, double SigmaY, double Rotate, double Beta, ulong NoiseSeed);
