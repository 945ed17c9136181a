namespace SharpAugment.Transforms.Geometric;

/// <summary>The sampled angle of <c>rotate</c>.</summary>
/// <param name="Angle">Degrees, counter-clockwise.</param>
public sealed record RotateParams(double Angle);
