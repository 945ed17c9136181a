using SharpAugment.Pipelines;

namespace SharpAugment.Imaging.Skia.Transforms;

/// <summary>Options of <c>image_compression</c> (Albumentations ImageCompression).</summary>
public sealed record ImageCompressionOptions : TransformOptions
{
    /// <summary>Creates the options with Albumentations' probability default.</summary>
    public ImageCompressionOptions() => P = 0.5;

    /// <summary>The codec.</summary>
    [Param("codec: jpeg or webp")]
    public CompressionType CompressionType { get; init; } = CompressionType.Jpeg;

    /// <summary>The quality, drawn uniformly per sample from the inclusive range.</summary>
    [Param("quality, a constant or an inclusive range lo..hi", Min = 1, Max = 100)]
    public IntRange QualityRange { get; init; } = new(99, 100);
}
