namespace SharpAugment.Transforms.Noise;

/// <summary>The sampled parameters of <c>salt_and_pepper</c>.</summary>
/// <param name="Amount">The drawn fraction of noisy pixels.</param>
/// <param name="SaltRatio">The drawn fraction of the noisy pixels that are salt.</param>
/// <param name="NoiseSeed">Seeds the choice of pixels.</param>
public sealed record SaltAndPepperParams(double Amount, double SaltRatio, ulong NoiseSeed);
