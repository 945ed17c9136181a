namespace SharpAugment.Imaging.Skia.Transforms;

/// <summary>The sampled parameters of <c>jpeg_compression</c>.</summary>
/// <param name="Quality">The JPEG quality used for this sample.</param>
public sealed record JpegCompressionParams(int Quality);
