using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Policies;

/// <summary>Options of <c>timm_autoaugment</c> (timm's auto_augment_transform).</summary>
public sealed record TimmAutoAugmentOptions : PolicyOptions
{
    /// <summary>Sets timm's usual defaults: bilinear, ImageNet-mean fill.</summary>
    public TimmAutoAugmentOptions()
    {
        Interpolation = Interpolation.Bilinear;
        Fill = [124, 116, 104];
    }

    /// <summary>Which policy.</summary>
    [Param("v0, v0r, original or originalr")]
    public TimmAutoAugmentPolicy Policy { get; init; } = TimmAutoAugmentPolicy.V0;

    /// <summary>Gaussian noise on each op's level (timm's mstd); above 100 draws uniformly in [0, level].</summary>
    [Param("noise on each op's level (timm mstd; > 100: uniform)", Min = 0)]
    public double MagnitudeStd { get; init; }
}
