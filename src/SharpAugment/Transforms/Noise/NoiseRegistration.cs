using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Noise;

/// <summary>Registers the Albumentations noise transforms (gauss_noise, iso_noise, multiplicative_noise, salt_and_pepper, shot_noise).</summary>
internal static class NoiseRegistration
{
    internal static void Register(TransformRegistry r)
    {
        const string g = "noise";
        r.Add<Sample, GaussNoiseOptions>("gauss_noise", g, "add Gaussian noise scaled by the maximum value (Albumentations GaussNoise)", o => new GaussNoise(o),
            Magnitude.Of(m => new GaussNoiseOptions { P = Magnitude.OffAtZero(m), StdRange = 0.3 * m }));
        r.Add<Sample, IsoNoiseOptions>("iso_noise", g, "camera sensor noise: Poisson luminance and Gaussian hue noise in HLS (Albumentations ISONoise)", o => new IsoNoise(o),
            // The HLS round trip can move a byte by one level even without noise, so magnitude 0 switches it off.
            Magnitude.Of(m => new IsoNoiseOptions { P = Magnitude.OffAtZero(m), ColorShift = 0.05, Intensity = 0.5 * m }));
        r.Add<Sample, MultiplicativeNoiseOptions>("multiplicative_noise", g, "multiply by random factors per image, channel or pixel (Albumentations MultiplicativeNoise)", o => new MultiplicativeNoise(o),
            Magnitude.Of(m => new MultiplicativeNoiseOptions { P = 1, Multiplier = Magnitude.Around(1, 0.3 * m), PerChannel = true, Elementwise = true }));
        r.Add<Sample, SaltAndPepperOptions>("salt_and_pepper", g, "set random pixels to white or black (Albumentations SaltAndPepper)", o => new SaltAndPepper(o),
            Magnitude.Of(m => new SaltAndPepperOptions { P = 1, Amount = 0.1 * m }));
        r.Add<Sample, ShotNoiseOptions>("shot_noise", g, "Poisson photon noise in linear light (Albumentations ShotNoise)", o => new ShotNoise(o),
            // Poisson noise at any scale changes pixels, so magnitude 0 switches it off.
            Magnitude.Of(m => new ShotNoiseOptions { P = Magnitude.OffAtZero(m), ScaleRange = Math.Max(1e-3, 0.5 * m) }));
    }
}
