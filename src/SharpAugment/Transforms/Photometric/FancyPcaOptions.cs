using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Photometric;

/// <summary>Options of <c>fancy_pca</c> (Albumentations FancyPCA, default p 0.5).</summary>
public sealed record FancyPcaOptions : TransformOptions
{
    /// <summary>Albumentations' default probability.</summary>
    public FancyPcaOptions() => P = 0.5;

    /// <summary>Standard deviation of the per-component weights.</summary>
    [Param("standard deviation of the per-component weights (AlexNet's PCA colour augmentation)", Min = 0, Max = 10)]
    public double Alpha { get; init; } = 0.1;
}
