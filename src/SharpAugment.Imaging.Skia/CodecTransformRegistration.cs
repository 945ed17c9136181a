using SharpAugment.Imaging.Skia.Transforms;
using SharpAugment.Pipelines;

namespace SharpAugment.Imaging.Skia;

/// <summary>Registers the transforms that need a codec, so the core stays free of native dependencies.</summary>
public static class CodecTransformRegistration
{
    /// <summary>Adds <c>jpeg_compression</c> to <paramref name="registry"/>.</summary>
    public static TransformRegistry AddCodecTransforms(this TransformRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Add<Sample, JpegCompressionOptions>("jpeg_compression", "photometric", "JPEG encode and decode at a random quality (compression artefacts)",
            o => new JpegCompression(o));
        return registry;
    }
}
