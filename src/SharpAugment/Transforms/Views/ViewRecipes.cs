using System.Globalization;
using SharpAugment.Kernels;
using SharpAugment.Pipelines;
using SharpAugment.Transforms.Dropout;
using SharpAugment.Transforms.Geometric;
using SharpAugment.Transforms.Photometric;
using SharpAugment.Transforms.Policies;

namespace SharpAugment.Transforms.Views;

/// <summary>The built-in recipes, built from typed options: SimCLR (google-research/simclr), DINO multi-crop (facebookresearch/dino) and FixMatch weak/strong (kekmodel/FixMatch-pytorch's RandAugmentMC).</summary>
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
        var steps = new List<TransformSpec>
        {
            TransformSpec.Of("random_resized_crop", new RandomResizedCropOptions
            {
                Width = size, Height = size, Scale = new(0.08, 1), Ratio = new(0.75, 4.0 / 3.0), Interpolation = Interpolation.Bicubic,
            }),
            TransformSpec.Of("hflip", new HFlipOptions { P = 0.5 }),
            TransformSpec.Of("color_jitter", new ColorJitterOptions
            {
                Brightness = 0.8 * strength, Contrast = 0.8 * strength, Saturation = 0.8 * strength, Hue = 0.2 * strength, P = 0.8,
            }),
            TransformSpec.Of("grayscale", new GrayscaleOptions { NumOutputChannels = null, P = 0.2 }),
        };
        if (blur)
        {
            steps.Add(TransformSpec.Of("gaussian_blur", new GaussianBlurOptions { KernelSize = [kernel], Sigma = new(0.1, 2), P = 0.5 }));
        }

        return new ViewRecipe("simclr", [new ViewSpec("view", TransformSpec.Chain(steps), 2)]);
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

        TransformSpec[] shared =
        [
            TransformSpec.Of("hflip", new HFlipOptions { P = 0.5 }),
            TransformSpec.Of("color_jitter", new ColorJitterOptions { Brightness = 0.4, Contrast = 0.4, Saturation = 0.2, Hue = 0.1, P = 0.8 }),
            TransformSpec.Of("grayscale", new GrayscaleOptions { NumOutputChannels = null, P = 0.2 }),
        ];

        // DINO blurs with PIL's GaussianBlur(radius=sigma), sigma 0.1..2; 13 taps cover +-3 sigma at the largest sigma.
        TransformSpec Blur(double p) => TransformSpec.Of("gaussian_blur", new GaussianBlurOptions { KernelSize = [13], Sigma = new(0.1, 2), P = p });
        TransformSpec Crop(int size, FloatRange scale) => TransformSpec.Of("random_resized_crop", new RandomResizedCropOptions
        {
            Width = size, Height = size, Scale = scale, Interpolation = Interpolation.Bicubic,
        });
        TransformSpec[] global = [Crop(globalSize, new(globalScaleMin, 1)), .. shared];
        var views = new List<ViewSpec>
        {
            new("global_1", TransformSpec.Chain([.. global, Blur(1)])),
            new("global_2", TransformSpec.Chain([.. global, Blur(0.1), TransformSpec.Of("solarize", new SolarizeOptions { Threshold = 128, P = 0.2 })])),
        };
        if (localCrops > 0)
        {
            views.Add(new ViewSpec("local", TransformSpec.Chain([Crop(localSize, new(0.05, localScaleMax)), .. shared, Blur(0.5)]), localCrops));
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
        TransformSpec[] weak =
        [
            TransformSpec.Of("hflip", new HFlipOptions { P = 0.5 }),
            TransformSpec.Of("random_crop", new RandomCropOptions { Width = width, Height = height, Padding = [padX, padY], PaddingMode = PaddingMode.Reflect }),
        ];

        // RandAugmentMC (kekmodel/FixMatch-pytorch): 2 ops drawn with replacement from the 14 of torchvision's RandAugment space
        // (the same 14 as FixMatch's pool), each applied with p=0.5 at an integer magnitude uniform in 1..9 of 10 steps;
        // one randaugment(num_ops=1, p=0.5) per step, each drawing its own op and magnitude, is exactly that.
        var op = TransformSpec.Of("randaugment", new RandAugmentOptions { NumOps = 1, Magnitude = new(1, 9), NumMagnitudeBins = 11, P = 0.5 });
        var cutout = TransformSpec.Of("cutout", new CoarseDropoutOptions
        {
            NumHolesRange = 1, HoleHeightRange = 0.5, HoleWidthRange = 0.5, Fill = [127], P = 1,
        });
        return new ViewRecipe("fixmatch", [new ViewSpec("weak", TransformSpec.Chain(weak)), new ViewSpec("strong", TransformSpec.Chain([.. weak, op, op, cutout]))]);
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
