namespace SharpAugment.Transforms.Blur;

/// <summary>The sampled disk of <c>defocus</c>.</summary>
/// <param name="Radius">Disk radius in pixels.</param>
/// <param name="AliasBlur">Sigma of the Gaussian applied to the disk kernel.</param>
public sealed record DefocusParams(int Radius, double AliasBlur);
