using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>crop</c>: a fixed window that must lie inside the image.</summary>
public sealed record CropOptions : TransformOptions
{
    /// <summary>Left column.</summary>
    [Param("left column", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int X { get; init; }

    /// <summary>Top row.</summary>
    [Param("top row", Min = 0, Max = ResourceLimits.DefaultMaxPixels)]
    public int Y { get; init; }

    /// <summary>Window width.</summary>
    [Param("window width", Min = 1, Max = ResourceLimits.DefaultMaxPixels)]
    public int Width { get; init; } = 1;

    /// <summary>Window height.</summary>
    [Param("window height", Min = 1, Max = ResourceLimits.DefaultMaxPixels)]
    public int Height { get; init; } = 1;

    /// <summary>A fixed window over the pixel limit is refused when the pipeline is built.</summary>
    public override void Validate(string transform) => ResourceLimits.Default.CheckOutput(transform, "width", Width, Height);
}
