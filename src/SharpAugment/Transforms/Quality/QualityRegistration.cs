using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Quality;

/// <summary>Registers the quality and detail transforms (Albumentations' sharpen, emboss, unsharp mask, downscale, ringing).</summary>
internal static class QualityRegistration
{
    internal static void Register(TransformRegistry r)
    {
        const string g = "quality";
        r.Add<Sample, SharpenOptions>("sharpen", g, "3x3 sharpening kernel blended with the identity (Albumentations Sharpen)", o => new Sharpen(o),
            Magnitude.Of(m => new SharpenOptions { P = 1, Alpha = 0.6 * m, Lightness = 1 }));
        r.Add<Sample, EmbossOptions>("emboss", g, "3x3 relief kernel blended with the identity (Albumentations Emboss)", o => new Emboss(o),
            Magnitude.Of(m => new EmbossOptions { P = 1, Alpha = 0.6 * m, Strength = 0.7 }));
        r.Add<Sample, UnsharpMaskOptions>("unsharp_mask", g, "add alpha times the Gaussian residual above a threshold (Albumentations UnsharpMask)", o => new UnsharpMask(o),
            Magnitude.Of(m => new UnsharpMaskOptions { P = 1, BlurLimit = 5, Alpha = m }));
        r.Add<Sample, DownscaleOptions>("downscale", g, "shrink and enlarge back, losing detail (Albumentations Downscale)", o => new Downscale(o),
            // Scale 1 is the identity for nearest; 0.1 is as coarse as a recipe goes.
            Magnitude.Of(m => new DownscaleOptions { P = 1, ScaleRange = 1 - (0.9 * m) }));
        r.Add<Sample, RingingOvershootOptions>("ringing_overshoot", g, "2-D sinc low-pass filter: ringing near edges (Albumentations RingingOvershoot)", o => new RingingOvershoot(o),
            // The cutoff pi passes nearly everything (identity up to rounding), so magnitude 0 switches it off.
            Magnitude.Of(m => new RingingOvershootOptions { P = Magnitude.OffAtZero(m), BlurLimit = 15, Cutoff = Math.PI - ((Math.PI - (Math.PI / 4)) * m) }));
        r.Add<Sample, ChromaticAberrationOptions>("chromatic_aberration", g, "shift red and blue through a radial lens model (Albumentations ChromaticAberration)", o => new ChromaticAberration(o),
            // Zero distortion still resamples red and blue (identity up to rounding), so magnitude 0 switches it off.
            Magnitude.Of(m => new ChromaticAberrationOptions { P = Magnitude.OffAtZero(m), PrimaryDistortionLimit = Magnitude.Around(0, 0.05 * m), SecondaryDistortionLimit = Magnitude.Around(0, 0.1 * m) }));
    }
}
