using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>perspective</c> (torchvision's RandomPerspective sampling; applied with probability p, 1 by default).</summary>
public sealed record PerspectiveOptions : WarpOptions
{
    /// <summary>Sets torchvision's bilinear default.</summary>
    public PerspectiveOptions()
    {
        Interpolation = Interpolation.Bilinear;
    }

    /// <summary>How far corners may move, as a fraction of half the width and height.</summary>
    [Param("how far corners may move, fraction of half the size", Min = 0, Max = 1)]
    public double DistortionScale { get; init; } = 0.5;
}
