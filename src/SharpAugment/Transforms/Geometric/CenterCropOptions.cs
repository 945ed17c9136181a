using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Geometric;

/// <summary>Options of <c>center_crop</c>.</summary>
public sealed record CenterCropOptions : TransformOptions
{
    /// <summary>Window width.</summary>
    [Param("window width", Min = 1)]
    public int Width { get; init; } = 1;

    /// <summary>Window height.</summary>
    [Param("window height", Min = 1)]
    public int Height { get; init; } = 1;
}
