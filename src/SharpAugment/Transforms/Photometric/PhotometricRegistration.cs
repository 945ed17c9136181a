using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Registers the photometric (pixel-only) transforms.</summary>
internal static class PhotometricRegistration
{
    internal static void Register(TransformRegistry r)
    {
        const string g = "photometric";
        r.Add<Sample, BrightnessOptions>("brightness", g, "scale brightness (torchvision adjust_brightness)", o => new Brightness(o));
        r.Add<Sample, ContrastOptions>("contrast", g, "blend with the mean gray (torchvision adjust_contrast)", o => new Contrast(o));
        r.Add<Sample, SaturationOptions>("saturation", g, "blend with the gray image (torchvision adjust_saturation)", o => new Saturation(o));
        r.Add<Sample, HueOptions>("hue", g, "rotate hue (torchvision adjust_hue)", o => new Hue(o));
        r.Add<Sample, ColorJitterOptions>("color_jitter", g, "brightness, contrast, saturation, hue in random order (torchvision ColorJitter)", o => new ColorJitter(o));
        r.Add<Sample, GammaOptions>("gamma", g, "gain * x^gamma (torchvision adjust_gamma)", o => new Gamma(o));
        r.Add<Sample, GrayscaleOptions>("grayscale", g, "convert to gray (torchvision rgb_to_grayscale)", o => new Grayscale(o));
        r.Add<Sample, InvertOptions>("invert", g, "255 - x (torchvision invert)", o => new Invert(o));
        r.Add<Sample, PosterizeOptions>("posterize", g, "keep the top bits (torchvision posterize)", o => new Posterize(o));
        r.Add<Sample, SolarizeOptions>("solarize", g, "invert values above a threshold (torchvision solarize)", o => new Solarize(o));
        r.Add<Sample, SolarizeAddOptions>("solarize_add", g, "add to values below a threshold (timm SolarizeAdd)", o => new SolarizeAdd(o));
        r.Add<Sample, EqualizeOptions>("equalize", g, "histogram equalization (torchvision equalize)", o => new Equalize(o));
        r.Add<Sample, AutocontrastOptions>("autocontrast", g, "stretch each channel to the full range (torchvision autocontrast)", o => new Autocontrast(o));
        r.Add<Sample, SharpnessOptions>("sharpness", g, "blend with a smoothed image (torchvision adjust_sharpness)", o => new Sharpness(o));
        r.Add<Sample, GaussianBlurOptions>("gaussian_blur", g, "separable Gaussian blur (torchvision gaussian_blur)", o => new GaussianBlur(o));
        r.Add<Sample, GaussianNoiseOptions>("gaussian_noise", g, "add Gaussian noise (torchvision v2 gaussian_noise)", o => new GaussianNoise(o));
        r.Add<Sample, ChannelShuffleOptions>("channel_shuffle", g, "permute the colour channels (Albumentations ChannelShuffle)", o => new ChannelShuffle(o));
        r.Add<Sample, NormalizeOptions>("normalize", g, "(x/max - mean)/std to float (Albumentations Normalize)", o => new Normalize(o));
        r.Add<Sample, ToFloatOptions>("to_float", g, "bytes to floats x/max_value (Albumentations ToFloat)", o => new ToFloat(o));
        r.Add<Sample, FromFloatOptions>("from_float", g, "floats to bytes round(x*max_value) (Albumentations FromFloat)", o => new FromFloat(o));
    }
}
