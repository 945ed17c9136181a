namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled blur of <c>gaussian_blur</c>.</summary>
/// <param name="Sigma">Standard deviation of the Gaussian, in pixels.</param>
public sealed record GaussianBlurParams(double Sigma);
