using SharpAugment.Pipelines;

namespace SharpAugment.Tabular.Augmenters;

/// <summary>Options of <c>tabular_gaussian_noise</c>.</summary>
public sealed record TabularGaussianNoiseOptions : TransformOptions
{
    /// <summary>Noise standard deviation as a fraction of each numeric column's standard deviation.</summary>
    [Param("noise std as a fraction of each numeric column's population std", Min = 0, Max = 10)]
    public double Sigma { get; init; } = 0.1;
}
