using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>random_gamma</c> (Albumentations RandomGamma, default p 0.5); torchvision's exponent is <c>gamma</c>.</summary>
public sealed record RandomGammaOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public RandomGammaOptions() => P = 0.5;

    /// <summary>The exponent in percent, as Albumentations writes it.</summary>
    [Param("gamma in percent: out = x^(gamma/100) on [0, 1] values; 100 keeps the image, below 100 brightens", Min = 0, MinExclusive = true)]
    public FloatRange GammaLimit { get; init; } = new(80, 120);
}
