namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled parameters of <c>color_jitter</c>: the order (0 brightness, 1 contrast, 2 saturation, 3 hue) and each factor, null when that component is off.</summary>
/// <param name="Order">A permutation of 0..3, applied left to right.</param>
/// <param name="Brightness">The brightness factor or null.</param>
/// <param name="Contrast">The contrast factor or null.</param>
/// <param name="Saturation">The saturation factor or null.</param>
/// <param name="Hue">The hue shift or null.</param>
public sealed record ColorJitterParams(IReadOnlyList<int> Order, double? Brightness, double? Contrast, double? Saturation, double? Hue);
