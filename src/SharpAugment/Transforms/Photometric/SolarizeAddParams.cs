namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled addition of <c>solarize_add</c>.</summary>
/// <param name="Addition">Added to the values below the threshold (0 to 255 scale).</param>
public sealed record SolarizeAddParams(double Addition);
