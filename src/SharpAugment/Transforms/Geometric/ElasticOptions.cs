using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>elastic</c> (torchvision's ElasticTransform: alpha 50, sigma 5, bilinear, fill 0).</summary>
public sealed record ElasticOptions : WarpOptions
{
    /// <summary>Sets torchvision's bilinear default.</summary>
    public ElasticOptions()
    {
        Interpolation = Interpolation.Bilinear;
    }

    /// <summary>Displacement magnitude.</summary>
    [Param("displacement magnitude", Min = 0)]
    public FloatRange Alpha { get; init; } = 50;

    /// <summary>Smoothness: the sigma of the Gaussian that blurs the random field.</summary>
    [Param("smoothness (Gaussian sigma of the field)", Min = 0, MinExclusive = true)]
    public FloatRange Sigma { get; init; } = 5;
}
