namespace SharpAugment.Transforms.Geometric;

/// <summary>The sampled parameters of <c>affine</c>.</summary>
/// <param name="Angle">Degrees, clockwise.</param>
/// <param name="TranslateX">Pixels.</param>
/// <param name="TranslateY">Pixels.</param>
/// <param name="Scale">Factor.</param>
/// <param name="ShearX">Degrees.</param>
/// <param name="ShearY">Degrees.</param>
public sealed record AffineParams(double Angle, double TranslateX, double TranslateY, double Scale, double ShearX, double ShearY);
