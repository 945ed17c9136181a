namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled threshold of <c>solarize</c>.</summary>
/// <param name="Threshold">Values at or above it are inverted (0 to 255 scale).</param>
public sealed record SolarizeParams(double Threshold);
