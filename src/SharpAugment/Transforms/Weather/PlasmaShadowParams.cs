namespace SharpAugment.Transforms.Weather;

/// <summary>The sampled parameters of <c>plasma_shadow</c>.</summary>
/// <param name="Intensity">The drawn shadow intensity.</param>
/// <param name="PatternSeed">Seeds the plasma pattern.</param>
public sealed record PlasmaShadowParams(double Intensity, ulong PatternSeed);
