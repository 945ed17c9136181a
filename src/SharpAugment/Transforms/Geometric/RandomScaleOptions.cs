using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>random_scale</c> (Albumentations' RandomScale: factor 1 + uniform(scale_limit)).</summary>
public sealed record RandomScaleOptions : TransformOptions
{
    /// <summary>The range added to 1 to make the scale factor.</summary>
    [Param("range added to 1 to make the factor", Min = -1, MinExclusive = true)]
    public FloatRange ScaleLimit { get; init; } = new(-0.1, 0.1);

    /// <summary>The filter.</summary>
    [Param("filter")]
    public Interpolation Interpolation { get; init; } = Interpolation.Bilinear;

    /// <summary>Whether shrinking is antialiased (off by default, as OpenCV's resize).</summary>
    [Param("antialias when shrinking (Albumentations/OpenCV: false)")]
    public bool Antialias { get; init; }
}
