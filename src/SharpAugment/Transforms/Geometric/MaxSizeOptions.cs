using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>longest_max_size</c> and <c>smallest_max_size</c> (Albumentations; cv2-style linear resize without antialias by default).</summary>
public sealed record MaxSizeOptions : TransformOptions
{
    /// <summary>The target length of the chosen side; a range draws one per sample.</summary>
    [Param("target length of the side", Min = 1, Max = ResourceLimits.DefaultMaxPixels)]
    public IntRange MaxSize { get; init; } = 1024;

    /// <summary>The filter.</summary>
    [Param("filter")]
    public Interpolation Interpolation { get; init; } = Interpolation.Bilinear;

    /// <summary>Whether shrinking is antialiased (off by default, as OpenCV's resize that Albumentations uses).</summary>
    [Param("antialias when shrinking (Albumentations/OpenCV: false)")]
    public bool Antialias { get; init; }
}
