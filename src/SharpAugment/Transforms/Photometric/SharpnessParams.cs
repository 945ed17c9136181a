namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled factor of <c>sharpness</c>.</summary>
/// <param name="Factor">Blend weight against the smoothed image; 1 keeps the image.</param>
public sealed record SharpnessParams(double Factor);
