using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Policies;

/// <summary>Options of <c>rand_augment</c>: timm's RandAugment from its configuration string.</summary>
public sealed record TimmRandAugmentOptions : PolicyOptions
{
    /// <summary>Sets timm's usual defaults: bilinear, ImageNet-mean fill.</summary>
    public TimmRandAugmentOptions()
    {
        Interpolation = Interpolation.Bilinear;
        Fill = [124, 116, 104];
    }

    /// <summary>timm's configuration string: rand-m{magnitude}-n{ops}-mstd{noise}-mmax{max}-inc{0|1}-w{weights}-p{prob}.</summary>
    [Param("timm config: rand-m9-n2-mstd0.5-inc1 (m, n, mstd, mmax, inc, w, p)")]
    public string Config { get; init; } = "rand-m9-n2-mstd0.5-inc1";

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        base.Validate(transform);
        TimmRandAugmentConfig.Parse(transform, Config);
    }
}
