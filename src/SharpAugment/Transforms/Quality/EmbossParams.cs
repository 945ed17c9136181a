namespace SharpAugment.Transforms.Quality;

/// <summary>The sampled parameters of <c>emboss</c>.</summary>
/// <param name="Alpha">Blend of the identity kernel (0) and the emboss kernel (1).</param>
/// <param name="Strength">The drawn relief strength.</param>
public sealed record EmbossParams(double Alpha, double Strength);
