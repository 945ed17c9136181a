using SharpAugment.Kernels;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>resize</c>: an exact width and height, one of them (aspect kept), or torchvision's <c>size</c> for the smaller edge.</summary>
public sealed record ResizeOptions : TransformOptions
{
    /// <summary>Output width; 0 derives it from the aspect ratio.</summary>
    [Param("output width (0: keep aspect from height)", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int Width { get; init; }

    /// <summary>Output height; 0 derives it from the aspect ratio.</summary>
    [Param("output height (0: keep aspect from width)", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int Height { get; init; }

    /// <summary>torchvision's int size: the smaller edge becomes this, the other keeps the aspect (truncated).</summary>
    [Param("smaller edge length, as torchvision's int size (0: unused)", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int Size { get; init; }

    /// <summary>With <see cref="Size"/>: the longer edge is capped at this (torchvision's max_size); 0 for none.</summary>
    [Param("cap on the longer edge with size (0: none)", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int MaxSize { get; init; }

    /// <summary>The filter.</summary>
    [Param("filter")]
    public Interpolation Interpolation { get; init; } = Interpolation.Bilinear;

    /// <summary>Whether downscaling is antialiased (torchvision antialias=True, PIL).</summary>
    [Param("antialias when shrinking (as PIL and torchvision antialias=True)")]
    public bool Antialias { get; init; } = true;

    /// <inheritdoc/>
    public override void Validate(string transform)
    {
        if (Size > 0 && (Width > 0 || Height > 0))
        {
            throw new TransformParameterException(transform, "size", Size.ToString(System.Globalization.CultureInfo.InvariantCulture), "either size or width/height, not both");
        }

        if (Size == 0 && Width == 0 && Height == 0)
        {
            throw new TransformParameterException(transform, "width", "0", "width and/or height >= 1, or size >= 1");
        }

        if (Width > 0 && Height > 0)
        {
            ResourceLimits.Default.CheckOutput(transform, "width", Width, Height);
        }

        if (MaxSize > 0 && MaxSize <= Size)
        {
            throw new TransformParameterException(transform, "max_size", MaxSize.ToString(System.Globalization.CultureInfo.InvariantCulture), $"greater than size ({Size})");
        }
    }
}
