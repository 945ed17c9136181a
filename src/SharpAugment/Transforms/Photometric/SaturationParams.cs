namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled factor of <c>saturation</c>.</summary>
/// <param name="Factor">Blend weight against the grayscale image; 1 keeps the image.</param>
public sealed record SaturationParams(double Factor);
