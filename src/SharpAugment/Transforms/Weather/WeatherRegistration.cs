using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Weather;

/// <summary>Registers the weather and light transforms (Albumentations' illumination and plasma effects).</summary>
internal static class WeatherRegistration
{
    internal static void Register(TransformRegistry r)
    {
        const string g = "weather";
        r.Add<Sample, IlluminationOptions>("illumination", g, "multiply by a linear, corner or Gaussian light pattern (Albumentations Illumination)", o => new Illumination(o),
            // The intensity range starts at 0.01 (Albumentations' bound), so magnitude 0 switches the transform off.
            Magnitude.Of(m => new IlluminationOptions { P = Magnitude.OffAtZero(m), IntensityRange = 0.01 + (0.19 * m) }));
        r.Add<Sample, PlasmaBrightnessContrastOptions>("plasma_brightness_contrast", g, "brightness and contrast modulated by a plasma pattern (Albumentations PlasmaBrightnessContrast)",
            o => new PlasmaBrightnessContrast(o),
            // The x / 255 round trip is exact at 0, but a constant 0 range is the identity anyway.
            Magnitude.Of(m => new PlasmaBrightnessContrastOptions { P = 1, BrightnessRange = Magnitude.Around(0, 0.3 * m), ContrastRange = Magnitude.Around(0, 0.3 * m) }));
        r.Add<Sample, PlasmaShadowOptions>("plasma_shadow", g, "darken by a plasma pattern (Albumentations PlasmaShadow)", o => new PlasmaShadow(o),
            Magnitude.Of(m => new PlasmaShadowOptions { P = 1, ShadowIntensityRange = 0.7 * m }));
    }
}
