using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Weather;

/// <summary>Registers the weather and light transforms (Albumentations' illumination).</summary>
internal static class WeatherRegistration
{
    internal static void Register(TransformRegistry r)
    {
        const string g = "weather";
        r.Add<Sample, IlluminationOptions>("illumination", g, "multiply by a linear, corner or Gaussian light pattern (Albumentations Illumination)", o => new Illumination(o),
            // The intensity range starts at 0.01 (Albumentations' bound), so magnitude 0 switches the transform off.
            Magnitude.Of(m => new IlluminationOptions { P = Magnitude.OffAtZero(m), IntensityRange = 0.01 + (0.19 * m) }));
    }
}
