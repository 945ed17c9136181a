namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled factor of <c>brightness</c>.</summary>
/// <param name="Factor">Multiplier of the pixel values; 1 keeps the image.</param>
public sealed record BrightnessParams(double Factor);
