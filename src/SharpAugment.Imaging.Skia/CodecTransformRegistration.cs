using SharpAugment.Imaging.Skia.Transforms;
using SharpAugment.Pipelines;

namespace SharpAugment.Imaging.Skia;

/// <summary>Registers the transforms that need a codec, so the core stays free of native dependencies.</summary>
public static class CodecTransformRegistration
{
    /// <summary>Adds <c>jpeg_compression</c> and <c>image_compression</c> to <paramref name="registry"/>.</summary>
    public static TransformRegistry AddCodecTransforms(this TransformRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Add<Sample, JpegCompressionOptions>("jpeg_compression", "photometric", "JPEG encode and decode at a random quality (compression artefacts)",
            o => new JpegCompression(o),
            // JPEG changes pixels even at quality 100, so magnitude 0 switches the transform off rather than encoding losslessly.
            Magnitude.Of(m => new JpegCompressionOptions { P = Magnitude.OffAtZero(m), Quality = 100 - (int)Math.Round(90 * m) }));
        registry.Add<Sample, ImageCompressionOptions>("image_compression", "quality", "JPEG or WebP encode and decode at a random quality (Albumentations ImageCompression)",
            o => new ImageCompression(o),
            // A codec changes pixels even at quality 100, so magnitude 0 switches the transform off.
            Magnitude.Of(m => new ImageCompressionOptions { P = Magnitude.OffAtZero(m), QualityRange = 100 - (int)Math.Round(90 * m) }));
        return registry;
    }
}
