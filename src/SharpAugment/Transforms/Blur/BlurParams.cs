namespace SharpAugment.Transforms.Blur;

/// <summary>The sampled window of <c>blur</c> and <c>median_blur</c>.</summary>
/// <param name="Kernel">Odd window side in pixels.</param>
public sealed record BlurParams(int Kernel);
