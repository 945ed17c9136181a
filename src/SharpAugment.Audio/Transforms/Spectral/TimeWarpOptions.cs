using SharpAugment.Pipelines;

namespace SharpAugment.Audio.Transforms.Spectral;

/// <summary>Options of <c>time_warp</c>.</summary>
public sealed record TimeWarpOptions : TransformOptions
{
    /// <summary>W: the largest shift in frames.</summary>
    [Param("W: maximum warp distance in frames", Min = 0)]
    public int W { get; init; } = 80;
}
