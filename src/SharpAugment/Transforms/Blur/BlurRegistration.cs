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
        r.Add<Sample, MotionBlurOptions>("motion_blur", g, "blur along a random line (Albumentations MotionBlur)", o => new MotionBlur(o),
            Magnitude.Of(m => new MotionBlurOptions { P = Magnitude.OffAtZero(m), BlurLimit = Window(m) }));
        r.Add<Sample, DefocusOptions>("defocus", g, "disk (out-of-focus) blur (Albumentations Defocus)", o => new Defocus(o),
            Magnitude.Of(m => new DefocusOptions { P = Magnitude.OffAtZero(m), Radius = new IntRange(1, 1 + (int)Math.Round(9 * m)) }));
        r.Add<Sample, ZoomBlurOptions>("zoom_blur", g, "average of central zooms (Albumentations ZoomBlur)", o => new ZoomBlur(o),
            Magnitude.Of(m => new ZoomBlurOptions { P = Magnitude.OffAtZero(m), MaxFactor = new FloatRange(1, 1 + (0.3 * m)) }));
        r.Add<Sample, GlassBlurOptions>("glass_blur", g, "blur, local pixel swaps, blur (Albumentations GlassBlur)", o => new GlassBlur(o),
            Magnitude.Of(m => new GlassBlurOptions { P = Magnitude.OffAtZero(m), Sigma = 0.1 + (0.9 * m), MaxDelta = 1 + (int)Math.Round(4 * m) }));
        r.Add<Sample, AdvancedBlurOptions>("advanced_blur", g, "anisotropic generalized-Gaussian blur with kernel noise (Albumentations AdvancedBlur)", o => new AdvancedBlur(o),
            Magnitude.Of(m => new AdvancedBlurOptions { P = Magnitude.OffAtZero(m), BlurLimit = Window(m), SigmaXLimit = new FloatRange(0.2, 0.2 + (1.3 * m)), SigmaYLimit = new FloatRange(0.2, 0.2 + (1.3 * m)) }));
    }
}
