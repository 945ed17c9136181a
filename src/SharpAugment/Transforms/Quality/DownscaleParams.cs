namespace SharpAugment.Transforms.Quality;

/// <summary>The sampled parameters of <c>downscale</c>.</summary>
/// <param name="Scale">The shrink factor (0, 1].</param>
public sealed record DownscaleParams(double Scale);
