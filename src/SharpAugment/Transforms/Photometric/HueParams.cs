namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled hue shift of <c>hue</c>.</summary>
/// <param name="Factor">Shift as a fraction of the hue circle, in [-0.5, 0.5].</param>
public sealed record HueParams(double Factor);
