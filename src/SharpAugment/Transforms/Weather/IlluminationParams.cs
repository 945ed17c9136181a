namespace SharpAugment.Transforms.Weather;

/// <summary>The sampled parameters of <c>illumination</c>; the fields a mode does not use are 0.</summary>
/// <param name="Intensity">Signed strength: positive brightens.</param>
/// <param name="Angle">Gradient angle in degrees (linear).</param>
/// <param name="Corner">0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left (corner).</param>
/// <param name="CenterX">Spot centre x as a fraction of the width (gaussian).</param>
/// <param name="CenterY">Spot centre y as a fraction of the height (gaussian).</param>
/// <param name="Sigma">Spot sigma as a fraction of the longer side (gaussian).</param>
public sealed record IlluminationParams(double Intensity, double Angle, int Corner, double CenterX, double CenterY, double Sigma);
