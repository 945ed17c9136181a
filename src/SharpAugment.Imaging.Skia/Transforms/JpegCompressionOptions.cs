using SharpAugment.Pipelines;

namespace SharpAugment.Imaging.Skia.Transforms;

/// <summary>Options of <c>jpeg_compression</c> (Albumentations' ImageCompression with JPEG; torchvision's JPEG).</summary>
public sealed record JpegCompressionOptions : TransformOptions
{
    /// <summary>The JPEG quality, drawn uniformly per sample from the inclusive range.</summary>
    [Param("JPEG quality, a constant or an inclusive range lo..hi", Min = 1, Max = 100)]
    public IntRange Quality { get; init; } = new(99, 100);
}
