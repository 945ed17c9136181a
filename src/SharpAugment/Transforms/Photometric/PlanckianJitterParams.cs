namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled illuminant of <c>planckian_jitter</c>.</summary>
/// <param name="Temperature">Colour temperature in kelvin (truncated to an integer, as Albumentations).</param>
public sealed record PlanckianJitterParams(int Temperature);
