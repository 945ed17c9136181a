using System.Globalization;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Views;

/// <summary>The built-in recipes as plain pipeline text: SimCLR (google-research/simclr), DINO multi-crop (facebookresearch/dino) and FixMatch weak/strong (kekmodel/FixMatch-pytorch's RandAugmentMC).</summary>
public static class ViewRecipes
{
    /// <summary>The recipe names <see cref="ByName"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["simclr", "dino", "fixmatch"];

    /// <summary>A built-in recipe by name; FixMatch needs the input size because its translation and cutout are fractions of it.</summary>
    public static ViewRecipe ByName(string name, int width, int height) => name switch
    {
        "simclr" => SimClr(),
        "dino" => Dino(),
        "fixmatch" => FixMatch(width, height),
        _ => throw new ArgumentException($"views: unknown recipe '{name}'; use one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>SimCLR: two views of random resized crop (bicubic), flip, colour jitter of strength s at p=0.8, grayscale p=0.2 and, when <paramref name="blur"/>, Gaussian blur p=0.5 with sigma 0.1..2 and a kernel of size/10.</summary>
    public static ViewRecipe SimClr(int size = 224, double strength = 1.0, bool blur = true)
    {
        CheckSize("simclr", "size", size);
        if (!(strength > 0 && strength <= 2.5))
        {
            throw new TransformParameterException("simclr", "strength", F(strength), "(0, 2.5] (hue jitter 0.2 * s must stay within 0.5)");
        }

        // SimCLR's blur kernel is size // 10 wide around the centre: radius size // 20, so 2 * radius + 1 taps.
        int kernel = 2 * (size / 20) + 1;
        string pipeline =
            $"random_resized_crop(width={size}, height={size}, scale=0.08..1, ratio=0.75..1.3333333333333333, interpolation=bicubic) | hflip(p=0.5) | " +
            $"color_jitter(brightness={F(0.8 * strength)}, contrast={F(0.8 * strength)}, saturation={F(0.8 * strength)}, hue={F(0.2 * strength)}, p=0.8) | " +
            "grayscale(p=0.2)" +
            (blur ? $" | gaussian_blur(kernel_size={kernel}, sigma=0.1..2, p=0.5)" : string.Empty);
        return new ViewRecipe("simclr", [new ViewSpec("view", pipeline, 2)]);
    }

    /// <summary>DINO multi-crop: two global crops (scale 0.4..1; blur p=1, then blur p=0.1 and solarize p=0.2) and local crops (scale 0.05..0.4, blur p=0.5), all with flip, colour jitter (0.4, 0.4, 0.2, 0.1) at p=0.8 and grayscale p=0.2.</summary>
    public static ViewRecipe Dino(int globalSize = 224, int localSize = 96, int localCrops = 8, double globalScaleMin = 0.4, double localScaleMax = 0.4)
    {
        CheckSize("dino", "global_size", globalSize);
        CheckSize("dino", "local_size", localSize);
        if (localCrops < 0)
        {
            throw new TransformParameterException("dino", "local_crops", localCrops.ToString(CultureInfo.InvariantCulture), "0 or more");
        }

        if (!(localScaleMax > 0.05 && localScaleMax <= 1 && globalScaleMin > 0 && globalScaleMin <= 1))
        {
            throw new TransformParameterException("dino", "local_scale_max", F(localScaleMax), "(0.05, 1], with global_scale_min in (0, 1]");
        }

        const string shared = "hflip(p=0.5) | color_jitter(brightness=0.4, contrast=0.4, saturation=0.2, hue=0.1, p=0.8) | grayscale(p=0.2)";

        // DINO blurs with PIL's GaussianBlur(radius=sigma), sigma 0.1..2; 13 taps cover +-3 sigma at the largest sigma.
        const string blur = "gaussian_blur(kernel_size=13, sigma=0.1..2";
        string global = $"random_resized_crop(width={globalSize}, height={globalSize}, scale={F(globalScaleMin)}..1, interpolation=bicubic) | {shared}";
        var views = new List<ViewSpec>
        {
            new("global_1", $"{global} | {blur})"),
            new("global_2", $"{global} | {blur}, p=0.1) | solarize(threshold=128, p=0.2)"),
        };
        if (localCrops > 0)
        {
            views.Add(new ViewSpec(
                "local",
                $"random_resized_crop(width={localSize}, height={localSize}, scale=0.05..{F(localScaleMax)}, interpolation=bicubic) | {shared} | {blur}, p=0.5)",
                localCrops));
        }

        return new ViewRecipe("dino", views);
    }

    /// <summary>FixMatch: weak = flip + reflect-pad by 12.5% and crop back; strong = weak + two RandAugmentMC ops (each at p=0.5, magnitude in 1..10) + a gray cutout of half the size.</summary>
    public static ViewRecipe FixMatch(int width, int height)
    {
        CheckSize("fixmatch", "width", width);
        CheckSize("fixmatch", "height", height);
        int padX = (int)(width * 0.125);
        int padY = (int)(height * 0.125);
        string weak = $"hflip(p=0.5) | random_crop(width={width}, height={height}, padding=[{padX}, {padY}], padding_mode=reflect)";

        // One RandAugmentMC step: an op drawn uniformly from the 14 of fixmatch_augment_pool, applied with p=0.5. Identity is
        // the 14th op, so "one of the other 13 with p = 0.5 * 13/14" has the same distribution without an identity transform.
        // Magnitudes: v uniform in [1, 10) mapped as the pool does (factor 0.05 + 0.09 v, angle 3 v, shear 0.03 v, translate 0.03 v of the side,
        // posterize 4 + int(0.4 v) bits, solarize threshold 256 - int(25.6 v)); signed ops use the symmetric range.
        double maxShear = Math.Atan(0.3) * 180 / Math.PI;
        string op =
            "one_of(autocontrast, brightness(factor=0.14..0.95), saturation(factor=0.14..0.95), contrast(factor=0.14..0.95), equalize, " +
            "posterize(bits=4..7), rotate(angle=-30..30), sharpness(factor=0.14..0.95), " +
            $"affine(shear=[-{F(maxShear)}..{F(maxShear)}, 0]), affine(shear=[0, -{F(maxShear)}..{F(maxShear)}]), solarize(threshold=1..231), " +
            $"affine(translate=[-{F(0.3 * width)}..{F(0.3 * width)}, 0]), affine(translate=[0, -{F(0.3 * height)}..{F(0.3 * height)}]), p={F(0.5 * 13 / 14)})";
        string strong = $"{weak} | {op} | {op} | cutout(num_holes_range=1, hole_height_range=0.5, hole_width_range=0.5, fill=127, p=1)";
        return new ViewRecipe("fixmatch", [new ViewSpec("weak", weak), new ViewSpec("strong", strong)]);
    }

    private static void CheckSize(string recipe, string parameter, int value)
    {
        if (value < 1)
        {
            throw new TransformParameterException(recipe, parameter, value.ToString(CultureInfo.InvariantCulture), "at least 1");
        }
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
