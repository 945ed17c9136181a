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
            "grayscale(num_output_channels=none, p=0.2)" +
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

        const string shared = "hflip(p=0.5) | color_jitter(brightness=0.4, contrast=0.4, saturation=0.2, hue=0.1, p=0.8) | grayscale(num_output_channels=none, p=0.2)";

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

    /// <summary>FixMatch: weak = flip + reflect-pad by 12.5% and crop back; strong = weak + two RandAugmentMC steps (randaugment with one op at p=0.5, magnitude 1..9 of 10) + a gray cutout of half the size.</summary>
    public static ViewRecipe FixMatch(int width, int height)
    {
        CheckSize("fixmatch", "width", width);
        CheckSize("fixmatch", "height", height);
        int padX = (int)(width * 0.125);
        int padY = (int)(height * 0.125);
        string weak = $"hflip(p=0.5) | random_crop(width={width}, height={height}, padding=[{padX}, {padY}], padding_mode=reflect)";

        // RandAugmentMC (kekmodel/FixMatch-pytorch): 2 ops drawn with replacement from the 14 of torchvision's RandAugment space
        // (the same 14 as FixMatch's pool), each applied with p=0.5 at an integer magnitude uniform in 1..9 of 10 steps;
        // one randaugment(num_ops=1, p=0.5) per step, each drawing its own op and magnitude, is exactly that.
        const string op = "randaugment(num_ops=1, magnitude=1..9, num_magnitude_bins=11, p=0.5)";
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
