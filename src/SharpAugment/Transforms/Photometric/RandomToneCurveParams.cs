namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled curves of <c>random_tone_curve</c>: one pair, or one pair per colour channel.</summary>
/// <param name="LowY">Control points of the dark end (0..1).</param>
/// <param name="HighY">Control points of the bright end (0..1).</param>
public sealed record RandomToneCurveParams(double[] LowY, double[] HighY);
