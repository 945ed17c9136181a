using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>grid_distortion</c> (Albumentations' GridDistortion).</summary>
public sealed record GridDistortionOptions : WarpOptions
{
    /// <summary>Sets Albumentations' defaults: bilinear, reflect border.</summary>
    public GridDistortionOptions()
    {
        Interpolation = Interpolation.Bilinear;
        BorderMode = BorderMode.Reflect;
    }

    /// <summary>Grid cells per side; at most 10000, so drawing the steps costs no more than a large image's rows (Albumentations sets no bound).</summary>
    [Param("grid cells per side", Min = 1, Max = 10000)]
    public int NumSteps { get; init; } = 5;

    /// <summary>Each cell's size changes by a factor 1 + uniform(distort_limit).</summary>
    [Param("cell size change: factor 1 + uniform(limit)", Min = -1, MinExclusive = true)]
    public FloatRange DistortLimit { get; init; } = new(-0.3, 0.3);

    /// <summary>Whether the steps are rescaled so the distorted grid spans the whole side (Albumentations: the last pixel samples at x = width, one past the edge, so the border mode still matters).</summary>
    [Param("rescale steps so the grid spans the whole side (Albumentations)")]
    public bool Normalized { get; init; } = true;
}
