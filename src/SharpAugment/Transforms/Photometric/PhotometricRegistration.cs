using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Registers the photometric (pixel-only) transforms.</summary>
internal static class PhotometricRegistration
{
    internal static void Register(TransformRegistry r)
    {
        const string g = "photometric";
        r.Add<Sample, BrightnessOptions>("brightness", g, "scale brightness (torchvision adjust_brightness)", o => new Brightness(o),
            Magnitude.Of(m => new BrightnessOptions { Factor = Magnitude.Around(1, 0.9 * m) }));
        r.Add<Sample, ContrastOptions>("contrast", g, "blend with the mean gray (torchvision adjust_contrast)", o => new Contrast(o),
            Magnitude.Of(m => new ContrastOptions { Factor = Magnitude.Around(1, 0.9 * m) }));
        r.Add<Sample, SaturationOptions>("saturation", g, "blend with the gray image (torchvision adjust_saturation)", o => new Saturation(o),
            Magnitude.Of(m => new SaturationOptions { Factor = Magnitude.Around(1, 0.9 * m) }));
        r.Add<Sample, HueOptions>("hue", g, "rotate hue (torchvision adjust_hue)", o => new Hue(o),
            // The HSV round trip rounds some bytes even at factor 0 (as torchvision's), so magnitude 0 switches it off.
            Magnitude.Of(m => new HueOptions { P = Magnitude.OffAtZero(m), Factor = Magnitude.Around(0, 0.5 * m) }));
        r.Add<Sample, ColorJitterOptions>("color_jitter", g, "brightness, contrast, saturation, hue in random order (torchvision ColorJitter)", o => new ColorJitter(o),
            Magnitude.Of(m => new ColorJitterOptions { Brightness = 0.8 * m, Contrast = 0.8 * m, Saturation = 0.8 * m, Hue = 0.2 * m }));
        r.Add<Sample, GammaOptions>("gamma", g, "gain * x^gamma (torchvision adjust_gamma)", o => new Gamma(o),
            Magnitude.Of(m => new GammaOptions { Gamma = Magnitude.Around(1, 0.6 * m) }));
        r.Add<Sample, GrayscaleOptions>("grayscale", g, "convert to gray (torchvision rgb_to_grayscale)", o => new Grayscale(o),
            Magnitude.None("gray is all or nothing; blend with saturation instead"));
        r.Add<Sample, InvertOptions>("invert", g, "255 - x (torchvision invert)", o => new Invert(o),
            Magnitude.None("an inversion is all or nothing"));
        r.Add<Sample, PosterizeOptions>("posterize", g, "keep the top bits (torchvision posterize)", o => new Posterize(o),
            Magnitude.Of(m => new PosterizeOptions { Bits = 8 - (int)Math.Round(6 * m) }));
        r.Add<Sample, SolarizeOptions>("solarize", g, "invert values above a threshold (torchvision solarize)", o => new Solarize(o),
            Magnitude.Of(m => new SolarizeOptions { Threshold = 256 * (1 - m) }));
        r.Add<Sample, SolarizeAddOptions>("solarize_add", g, "add to values below a threshold (timm SolarizeAdd)", o => new SolarizeAdd(o),
            Magnitude.Of(m => new SolarizeAddOptions { Addition = 110 * m }));
        r.Add<Sample, EqualizeOptions>("equalize", g, "histogram equalization (torchvision equalize)", o => new Equalize(o),
            Magnitude.None("equalization is all or nothing"));
        r.Add<Sample, AutocontrastOptions>("autocontrast", g, "stretch each channel to the full range (torchvision autocontrast)", o => new Autocontrast(o),
            Magnitude.None("autocontrast is all or nothing"));
        r.Add<Sample, SharpnessOptions>("sharpness", g, "blend with a smoothed image (torchvision adjust_sharpness)", o => new Sharpness(o),
            Magnitude.Of(m => new SharpnessOptions { Factor = Magnitude.Around(1, 0.9 * m) }));
        r.Add<Sample, GaussianBlurOptions>("gaussian_blur", g, "separable Gaussian blur (torchvision gaussian_blur)", o => new GaussianBlur(o),
            Magnitude.Of(m => new GaussianBlurOptions { Sigma = 0.1 + 2.9 * m, KernelSize = [m == 0 ? 1 : (2 * (int)Math.Ceiling(3 * (0.1 + 2.9 * m))) + 1] }));
        r.Add<Sample, GaussianNoiseOptions>("gaussian_noise", g, "add Gaussian noise (torchvision v2 gaussian_noise)", o => new GaussianNoise(o),
            Magnitude.Of(m => new GaussianNoiseOptions { Sigma = 0.2 * m }));
        r.Add<Sample, ChannelShuffleOptions>("channel_shuffle", g, "permute the colour channels (Albumentations ChannelShuffle)", o => new ChannelShuffle(o),
            Magnitude.None("a permutation of the channels has no strength"));
        r.Add<Sample, NormalizeOptions>("normalize", g, "(x/max - mean)/std to float (Albumentations Normalize)", o => new Normalize(o),
            Magnitude.None("it converts to normalized floats for a model, it does not augment"));
        r.Add<Sample, ToFloatOptions>("to_float", g, "bytes to floats x/max_value (Albumentations ToFloat)", o => new ToFloat(o),
            Magnitude.None("it converts the pixel type, it does not augment"));
        r.Add<Sample, FromFloatOptions>("from_float", g, "floats to bytes round(x*max_value) (Albumentations FromFloat)", o => new FromFloat(o),
            Magnitude.None("it converts the pixel type, it does not augment"));
        r.Add<Sample, ClaheOptions>("clahe", g, "contrast-limited adaptive histogram equalization on L of Lab (Albumentations CLAHE)", o => new Clahe(o),
            // clip_limit 1 still equalizes, so magnitude 0 switches it off.
            Magnitude.Of(m => new ClaheOptions { P = Magnitude.OffAtZero(m), ClipLimit = new FloatRange(1, 1 + (5 * m)) }));
        r.Add<Sample, RandomBrightnessContrastOptions>("random_brightness_contrast", g, "x * (1 + contrast) + brightness * 255 (Albumentations RandomBrightnessContrast)", o => new RandomBrightnessContrast(o),
            // The byte table truncates, so alpha 1 and beta 0 is not the identity: off at 0.
            Magnitude.Of(m => new RandomBrightnessContrastOptions { P = Magnitude.OffAtZero(m), BrightnessLimit = Magnitude.Around(0, 0.4 * m), ContrastLimit = Magnitude.Around(0, 0.4 * m) }));
        r.Add<Sample, HueSaturationValueOptions>("hue_saturation_value", g, "shift hue, saturation and value in OpenCV's 8-bit HSV (Albumentations HueSaturationValue)", o => new HueSaturationValue(o),
            Magnitude.Of(m => new HueSaturationValueOptions { P = 1, HueShiftLimit = Magnitude.Around(0, 30 * m), SatShiftLimit = Magnitude.Around(0, 40 * m), ValShiftLimit = Magnitude.Around(0, 30 * m) }));
        r.Add<Sample, RgbShiftOptions>("rgb_shift", g, "add a random constant to each colour channel (Albumentations RGBShift)", o => new RgbShift(o),
            Magnitude.Of(m => new RgbShiftOptions { P = 1, RShiftLimit = Magnitude.Around(0, 40 * m), GShiftLimit = Magnitude.Around(0, 40 * m), BShiftLimit = Magnitude.Around(0, 40 * m) }));
        r.Add<Sample, ToSepiaOptions>("to_sepia", g, "sepia colour matrix (Albumentations ToSepia)", o => new ToSepia(o),
            Magnitude.None("the sepia matrix is all or nothing"));
        r.Add<Sample, RandomGammaOptions>("random_gamma", g, "x^(gamma_limit/100) through a truncating table (Albumentations RandomGamma)", o => new RandomGamma(o),
            // The truncating table lowers some levels even at gamma 1, so magnitude 0 switches it off.
            Magnitude.Of(m => new RandomGammaOptions { P = Magnitude.OffAtZero(m), GammaLimit = Magnitude.Around(100, 50 * m) }));
        r.Add<Sample, ChannelDropoutOptions>("channel_dropout", g, "set random colour channels to a fill value (Albumentations ChannelDropout)", o => new ChannelDropout(o),
            Magnitude.None("dropping a channel is all or nothing"));
        r.Add<Sample, FancyPcaOptions>("fancy_pca", g, "PCA colour augmentation (Albumentations FancyPCA)", o => new FancyPca(o),
            // The float32 round trip rounds some bytes even at alpha 0, so magnitude 0 switches it off.
            Magnitude.Of(m => new FancyPcaOptions { P = Magnitude.OffAtZero(m), Alpha = 0.5 * m }));
        r.Add<Sample, PlanckianJitterOptions>("planckian_jitter", g, "relight with a black-body or CIE D illuminant (Albumentations PlanckianJitter)", o => new PlanckianJitter(o),
            Magnitude.Of(m => new PlanckianJitterOptions { P = Magnitude.OffAtZero(m), TemperatureLimit = new IntRange(6000 - (int)Math.Round(3000 * m), 6000 + (int)Math.Round(9000 * m)) }));
        r.Add<Sample, RandomToneCurveOptions>("random_tone_curve", g, "random S-shaped tone curve (Albumentations RandomToneCurve)", o => new RandomToneCurve(o),
            Magnitude.Of(m => new RandomToneCurveOptions { P = Magnitude.OffAtZero(m), Scale = 0.3 * m }));
    }
}
