namespace SharpAugment.Bench;

/// <summary>One benchmarked operation: its name in the results, the pipeline text that builds it, and what the peers run for it.</summary>
/// <param name="Name">The result key (shared with bench/peers).</param>
/// <param name="Pipeline">The registry text syntax.</param>
/// <param name="Operation">What the operation is, for the JSON meta.</param>
public sealed record BenchCase(string Name, string Pipeline, string Operation)
{
    /// <summary>Whether every call must return a new image; policies may draw an identity op, which returns its input as torchvision does.</summary>
    public bool AlwaysNewImage { get; init; } = true;

    /// <summary>The transform name the pipeline starts with; the case is reported missing when the registry lacks it.</summary>
    public string TransformName => Pipeline.Split('(', 2)[0].Trim();

    /// <summary>The list, in its order, for size x size inputs.</summary>
    public static IReadOnlyList<BenchCase> All(int size)
    {
        int e = size / 3;
        return
        [
            new("hflip", "hflip(p=1)", "mirror left-right"),
            new("vflip", "vflip(p=1)", "mirror top-bottom"),
            new("rotate", "rotate(angle=30, interpolation=bilinear, p=1)", "30 degrees, bilinear, constant 0 border, same size"),
            new("affine", "affine(angle=15, scale=1.1, shear=[10, 0], translate=[10, 5], interpolation=bilinear, p=1)", "angle 15, scale 1.1, shear x 10, translate (10, 5), bilinear"),
            new("resize", "resize(width=224, height=224, p=1)", "to 224x224, antialiased bilinear"),
            new("random_resized_crop", "random_resized_crop(width=224, height=224, antialias=false, p=1)", "torchvision sampling, to 224x224, bilinear (not antialiased, as OpenCV and torchvision 0.14 tensors)"),
            new("brightness", "brightness(factor=1.3, p=1)", "factor 1.3"),
            new("contrast", "contrast(factor=1.3, p=1)", "factor 1.3"),
            new("saturation", "saturation(factor=1.3, p=1)", "factor 1.3"),
            new("equalize", "equalize(p=1)", "per-channel histogram equalization"),
            new("posterize", "posterize(bits=4, p=1)", "4 bits"),
            new("solarize", "solarize(threshold=128, p=1)", "threshold 128"),
            new("autocontrast", "autocontrast(p=1)", "per-channel min/max stretch"),
            new("sharpness", "sharpness(factor=2, p=1)", "factor 2.0"),
            new("grayscale", "grayscale(num_output_channels=3, p=1)", "3 channels out"),
            new("gaussian_blur", "gaussian_blur(kernel_size=[5], sigma=1, p=1)", "5x5, sigma 1"),
            new("normalize", "normalize(p=1)", "uint8 to float, ImageNet mean/std"),
            new("erasing", $"erase(x={e}, y={e}, width={e}, height={e}, p=1)", "a size/3 square set to 0"),
            new("randaugment", "randaugment(num_ops=2, magnitude=9, p=1)", "2 ops, magnitude 9") { AlwaysNewImage = false },
            new("trivialaugment", "trivialaugment(p=1)", "TrivialAugmentWide") { AlwaysNewImage = false },
            new("autoaugment", "autoaugment(policy=imagenet, p=1)", "ImageNet policy") { AlwaysNewImage = false },
            new("blur", "blur(blur_limit=5, p=1)", "Albumentations Blur, 5x5 box (cv2.blur)"),
            new("median_blur", "median_blur(blur_limit=5, p=1)", "Albumentations MedianBlur, 5x5 (cv2.medianBlur)"),
            new("motion_blur", "motion_blur(blur_limit=5, angle_range=0, direction_range=0, allow_shifted=false, p=1)", "Albumentations MotionBlur, 5-tap horizontal line (cv2.filter2D)"),
            new("clahe", "clahe(clip_limit=4, tile_grid_size=[8, 8], p=1)", "Albumentations CLAHE on L of Lab, clip 4, 8x8 tiles"),
            new("hue_saturation_value", "hue_saturation_value(hue_shift_limit=15, sat_shift_limit=20, val_shift_limit=10, p=1)", "Albumentations HueSaturationValue, shifts 15, 20, 10 (OpenCV 8-bit HSV)"),
            new("random_brightness_contrast", "random_brightness_contrast(brightness_limit=0.1, contrast_limit=0.2, p=1)", "Albumentations RandomBrightnessContrast, alpha 1.2, beta 25.5 (one table)"),
            new("rgb_shift", "rgb_shift(r_shift_limit=20, g_shift_limit=-15, b_shift_limit=10, p=1)", "Albumentations RGBShift, shifts 20, -15, 10 (per-channel tables)"),
            new("to_sepia", "to_sepia(p=1)", "Albumentations ToSepia (cv2.transform)"),
            new("sharpen", "sharpen(alpha=0.5, lightness=1, p=1)", "Albumentations Sharpen: 3x3 filter2D, alpha 0.5, lightness 1"),
            new("emboss", "emboss(alpha=0.5, strength=0.7, p=1)", "Albumentations Emboss: 3x3 filter2D, alpha 0.5, strength 0.7"),
            new("downscale", "downscale(scale_range=0.25, p=1)", "Albumentations Downscale: nearest to 1/4 and back"),
            new("iso_noise", "iso_noise(color_shift=0.03, intensity=0.3, p=1)", "Albumentations ISONoise: float HLS, Poisson luminance and normal hue noise"),
            new("gauss_noise", "gauss_noise(std_range=0.1, p=1)", "Albumentations GaussNoise: per-element normal noise, std 0.1 * 255"),
        ];
    }
}
