using SharpAugment.Kernels;

namespace SharpAugment.Transforms.Policies;

/// <summary>torchvision's <c>_augmentation_space</c>: for each family, which ops take a magnitude, their float32 tables, and which are signed.</summary>
public static class MagnitudeTables
{
    /// <summary>Whether the op gets a random sign (shear, translate, rotate and the four enhance ops).</summary>
    public static bool IsSigned(PolicyOp op) => op is PolicyOp.ShearX or PolicyOp.ShearY or PolicyOp.TranslateX or PolicyOp.TranslateY
        or PolicyOp.Rotate or PolicyOp.Brightness or PolicyOp.Color or PolicyOp.Contrast or PolicyOp.Sharpness;

    /// <summary>Whether the op has a magnitude table (AutoContrast, Equalize, Invert and Identity do not).</summary>
    public static bool HasMagnitude(PolicyOp op) => op is not (PolicyOp.Identity or PolicyOp.AutoContrast or PolicyOp.Equalize or PolicyOp.Invert);

    /// <summary>The magnitude torchvision uses for an op at a bin on a width x height image (0 for ops without a table).</summary>
    public static double Magnitude(PolicyFamily family, PolicyOp op, int bin, int bins, int width, int height)
    {
        if (!HasMagnitude(op))
        {
            return 0.0;
        }

        return family switch
        {
            PolicyFamily.TrivialAugmentWide => op switch
            {
                PolicyOp.ShearX or PolicyOp.ShearY or PolicyOp.Brightness or PolicyOp.Color or PolicyOp.Contrast or PolicyOp.Sharpness
                    => TorchLinspace.Value(0.0, 0.99, bins, bin),
                PolicyOp.TranslateX or PolicyOp.TranslateY => TorchLinspace.Value(0.0, 32.0, bins, bin),
                PolicyOp.Rotate => TorchLinspace.Value(0.0, 135.0, bins, bin),
                PolicyOp.Posterize => TorchLinspace.PosterizeBits(8, bins, 6, bin),
                PolicyOp.Solarize => TorchLinspace.Value(255.0, 0.0, bins, bin),
                _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not in TrivialAugmentWide's space"),
            },
            PolicyFamily.AugMix => op switch
            {
                PolicyOp.ShearX or PolicyOp.ShearY => TorchLinspace.Value(0.0, 0.3, bins, bin),
                PolicyOp.TranslateX => TorchLinspace.Value(0.0, width / 3.0, bins, bin),
                PolicyOp.TranslateY => TorchLinspace.Value(0.0, height / 3.0, bins, bin),
                PolicyOp.Rotate => TorchLinspace.Value(0.0, 30.0, bins, bin),
                PolicyOp.Posterize => TorchLinspace.PosterizeBits(4, bins, 4, bin),
                PolicyOp.Solarize => TorchLinspace.Value(255.0, 0.0, bins, bin),
                PolicyOp.Brightness or PolicyOp.Color or PolicyOp.Contrast or PolicyOp.Sharpness => TorchLinspace.Value(0.0, 0.9, bins, bin),
                _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not in AugMix's space"),
            },
            _ => op switch
            {
                PolicyOp.ShearX or PolicyOp.ShearY => TorchLinspace.Value(0.0, 0.3, bins, bin),
                PolicyOp.TranslateX => TorchLinspace.Value(0.0, 150.0 / 331.0 * width, bins, bin),
                PolicyOp.TranslateY => TorchLinspace.Value(0.0, 150.0 / 331.0 * height, bins, bin),
                PolicyOp.Rotate => TorchLinspace.Value(0.0, 30.0, bins, bin),
                PolicyOp.Brightness or PolicyOp.Color or PolicyOp.Contrast or PolicyOp.Sharpness => TorchLinspace.Value(0.0, 0.9, bins, bin),
                PolicyOp.Posterize => TorchLinspace.PosterizeBits(8, bins, 4, bin),
                PolicyOp.Solarize => TorchLinspace.Value(255.0, 0.0, bins, bin),
                _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not in AutoAugment's space"),
            },
        };
    }

    /// <summary>The 14 ops of RandAugment and TrivialAugmentWide, in torchvision's dict order.</summary>
    public static IReadOnlyList<PolicyOp> WideOps { get; } =
    [
        PolicyOp.Identity, PolicyOp.ShearX, PolicyOp.ShearY, PolicyOp.TranslateX, PolicyOp.TranslateY, PolicyOp.Rotate,
        PolicyOp.Brightness, PolicyOp.Color, PolicyOp.Contrast, PolicyOp.Sharpness, PolicyOp.Posterize, PolicyOp.Solarize,
        PolicyOp.AutoContrast, PolicyOp.Equalize,
    ];

    /// <summary>AugMix's ops in torchvision's order; the last four only with all_ops.</summary>
    public static IReadOnlyList<PolicyOp> AugMixOps { get; } =
    [
        PolicyOp.ShearX, PolicyOp.ShearY, PolicyOp.TranslateX, PolicyOp.TranslateY, PolicyOp.Rotate, PolicyOp.Posterize,
        PolicyOp.Solarize, PolicyOp.AutoContrast, PolicyOp.Equalize, PolicyOp.Brightness, PolicyOp.Color, PolicyOp.Contrast,
        PolicyOp.Sharpness,
    ];
}
