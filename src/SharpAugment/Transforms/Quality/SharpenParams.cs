namespace SharpAugment.Transforms.Quality;

/// <summary>The sampled parameters of <c>sharpen</c>.</summary>
/// <param name="Alpha">Blend of the identity kernel (0) and the sharpening kernel (1).</param>
/// <param name="Lightness">The drawn lightness, added to the centre tap 8.</param>
public sealed record SharpenParams(double Alpha, double Lightness);
