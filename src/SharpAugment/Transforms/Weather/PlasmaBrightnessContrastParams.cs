namespace SharpAugment.Transforms.Weather;

/// <summary>The sampled parameters of <c>plasma_brightness_contrast</c>.</summary>
/// <param name="Brightness">The drawn brightness factor.</param>
/// <param name="Contrast">The drawn contrast factor.</param>
/// <param name="PatternSeed">Seeds the plasma pattern.</param>
public sealed record PlasmaBrightnessContrastParams(double Brightness, double Contrast, ulong PatternSeed);
