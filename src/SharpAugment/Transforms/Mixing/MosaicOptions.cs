using SharpAugment.Pipelines;

namespace SharpAugment.Transforms.Mixing;

/// <summary>Options of <c>mosaic</c> (YOLO's four-image mosaic, read through its centre window).</summary>
public sealed record MosaicOptions : TransformOptions
{
    /// <summary>Where the meeting point of the four tiles falls, as a fraction of width and height (YOLO's is 0..1).</summary>
    [Param("meeting point of the tiles as a fraction of the size (YOLO: 0..1)", Min = 0, Max = 1)]
    public FloatRange CenterRange { get; init; } = new(0.25, 0.75);
}
