namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled parameter of the single-factor transforms (brightness, contrast, saturation, hue, sharpness, gamma, solarize, posterize).</summary>
/// <param name="Factor">The drawn value.</param>
public sealed record FactorParams(double Factor);
