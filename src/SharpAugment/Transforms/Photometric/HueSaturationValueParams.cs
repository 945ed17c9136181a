namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled shifts of <c>hue_saturation_value</c>.</summary>
/// <param name="HueShift">Hue shift in OpenCV 8-bit units (180 per turn).</param>
/// <param name="SatShift">Saturation shift in levels.</param>
/// <param name="ValShift">Value shift in levels.</param>
public sealed record HueSaturationValueParams(double HueShift, double SatShift, double ValShift);
