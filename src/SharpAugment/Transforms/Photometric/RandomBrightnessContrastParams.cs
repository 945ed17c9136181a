namespace SharpAugment.Transforms.Photometric;

/// <summary>The sampled draw of <c>random_brightness_contrast</c>.</summary>
/// <param name="Alpha">The multiplier, 1 + the drawn contrast.</param>
/// <param name="Beta">The drawn brightness, a fraction of the maximum or of the mean (scaled when applied).</param>
public sealed record RandomBrightnessContrastParams(double Alpha, double Beta);
