using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Blur;

/// <summary>Registers the Albumentations blur transforms.</summary>
internal static class BlurRegistration
{
    // Magnitude 0 switches a blur off (the smallest window, 3, still blurs); 1 reaches an 11-pixel window.
    private static IntRange Window(double m) => new(3, 3 + (2 * (int)Math.Round(4 * m)));

    internal static void Register(TransformRegistry r)
    {
        const string g = "blur";
        r.Add<Sample, BlurOptions>("blur", g, "box blur of a random odd size (Albumentations Blur)", o => new Blur(o),
            Magnitude.Of(m => new BlurOptions { P = Magnitude.OffAtZero(m), BlurLimit = Window(m) }));
        r.Add<Sample, MedianBlurOptions>("median_blur", g, "median filter of a random odd size (Albumentations MedianBlur)", o => new MedianBlur(o),
            Magnitude.Of(m => new MedianBlurOptions { P = Magnitude.OffAtZero(m), BlurLimit = Window(m) }));
    }
}
