namespace SharpAugment.Transforms.Blur;

/// <summary>The sampled zooms of <c>zoom_blur</c>: factors 1, 1 + step, ... below <paramref name="MaxFactor"/>.</summary>
/// <param name="MaxFactor">Exclusive upper end of the zoom factors (at least 1 + step).</param>
/// <param name="StepFactor">Step between zoom factors.</param>
public sealed record ZoomBlurParams(double MaxFactor, double StepFactor);
