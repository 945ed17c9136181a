using static SharpAugment.Transforms.Policies.PolicyOp;

namespace SharpAugment.Transforms.Policies;

/// <summary>The 25 sub-policies of each learned AutoAugment policy, exactly as torchvision lists them.</summary>
public static class AutoAugmentPolicies
{
    private const int N = -1;

    /// <summary>The sub-policies of a policy.</summary>
    public static IReadOnlyList<SubPolicy> Get(AutoAugmentPolicy policy) => policy switch
    {
        AutoAugmentPolicy.Cifar10 => Cifar10,
        AutoAugmentPolicy.Svhn => Svhn,
        _ => Imagenet,
    };

    private static SubPolicy S(PolicyOp a, double pa, int ba, PolicyOp b, double pb, int bb) => new(a, pa, ba, b, pb, bb);

    private static readonly SubPolicy[] Imagenet =
    [
        S(Posterize, .4, 8, Rotate, .6, 9), S(Solarize, .6, 5, AutoContrast, .6, N), S(Equalize, .8, N, Equalize, .6, N),
        S(Posterize, .6, 7, Posterize, .6, 6), S(Equalize, .4, N, Solarize, .2, 4), S(Equalize, .4, N, Rotate, .8, 8),
        S(Solarize, .6, 3, Equalize, .6, N), S(Posterize, .8, 5, Equalize, 1.0, N), S(Rotate, .2, 3, Solarize, .6, 8),
        S(Equalize, .6, N, Posterize, .4, 6), S(Rotate, .8, 8, Color, .4, 0), S(Rotate, .4, 9, Equalize, .6, N),
        S(Equalize, 0.0, N, Equalize, .8, N), S(Invert, .6, N, Equalize, 1.0, N), S(Color, .6, 4, Contrast, 1.0, 8),
        S(Rotate, .8, 8, Color, 1.0, 2), S(Color, .8, 8, Solarize, .8, 7), S(Sharpness, .4, 7, Invert, .6, N),
        S(ShearX, .6, 5, Equalize, 1.0, N), S(Color, .4, 0, Equalize, .6, N), S(Equalize, .4, N, Solarize, .2, 4),
        S(Solarize, .6, 5, AutoContrast, .6, N), S(Invert, .6, N, Equalize, 1.0, N), S(Color, .6, 4, Contrast, 1.0, 8),
        S(Equalize, .8, N, Equalize, .6, N),
    ];

    private static readonly SubPolicy[] Cifar10 =
    [
        S(Invert, .1, N, Contrast, .2, 6), S(Rotate, .7, 2, TranslateX, .3, 9), S(Sharpness, .8, 1, Sharpness, .9, 3),
        S(ShearY, .5, 8, TranslateY, .7, 9), S(AutoContrast, .5, N, Equalize, .9, N), S(ShearY, .2, 7, Posterize, .3, 7),
        S(Color, .4, 3, Brightness, .6, 7), S(Sharpness, .3, 9, Brightness, .7, 9), S(Equalize, .6, N, Equalize, .5, N),
        S(Contrast, .6, 7, Sharpness, .6, 5), S(Color, .7, 7, TranslateX, .5, 8), S(Equalize, .3, N, AutoContrast, .4, N),
        S(TranslateY, .4, 3, Sharpness, .2, 6), S(Brightness, .9, 6, Color, .2, 8), S(Solarize, .5, 2, Invert, 0.0, N),
        S(Equalize, .2, N, AutoContrast, .6, N), S(Equalize, .2, N, Equalize, .6, N), S(Color, .9, 9, Equalize, .6, N),
        S(AutoContrast, .8, N, Solarize, .2, 8), S(Brightness, .1, 3, Color, .7, 0), S(Solarize, .4, 5, AutoContrast, .9, N),
        S(TranslateY, .9, 9, TranslateY, .7, 9), S(AutoContrast, .9, N, Solarize, .8, 3), S(Equalize, .8, N, Invert, .1, N),
        S(TranslateY, .7, 9, AutoContrast, .9, N),
    ];

    private static readonly SubPolicy[] Svhn =
    [
        S(ShearX, .9, 4, Invert, .2, N), S(ShearY, .9, 8, Invert, .7, N), S(Equalize, .6, N, Solarize, .6, 6),
        S(Invert, .9, N, Equalize, .6, N), S(Equalize, .6, N, Rotate, .9, 3), S(ShearX, .9, 4, AutoContrast, .8, N),
        S(ShearY, .9, 8, Invert, .4, N), S(ShearY, .9, 5, Solarize, .2, 6), S(Invert, .9, N, AutoContrast, .8, N),
        S(Equalize, .6, N, Rotate, .9, 3), S(ShearX, .9, 4, Solarize, .3, 3), S(ShearY, .8, 8, Invert, .7, N),
        S(Equalize, .9, N, TranslateY, .6, 6), S(Invert, .9, N, Equalize, .6, N), S(Contrast, .3, 3, Rotate, .8, 4),
        S(Invert, .8, N, TranslateY, 0.0, 2), S(ShearY, .7, 6, Solarize, .4, 8), S(Invert, .6, N, Rotate, .8, 4),
        S(ShearY, .3, 7, TranslateX, .9, 3), S(ShearX, .1, 6, Invert, .6, N), S(Solarize, .7, 2, TranslateY, .6, 7),
        S(ShearY, .8, 4, Invert, .8, N), S(ShearX, .7, 9, TranslateY, .8, 3), S(ShearY, .8, 5, AutoContrast, .7, N),
        S(ShearX, .7, 2, Invert, .1, N),
    ];
}
