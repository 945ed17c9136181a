namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled exponent of <c>gamma</c>.</summary>
/// <param name="Gamma">The power applied to the normalised values; 1 keeps the image.</param>
public sealed record GammaParams(double Gamma);
