namespace SharpAugment.Imaging.Skia.Transforms;

/// <summary>The sampled parameters of <c>image_compression</c>.</summary>
/// <param name="Quality">The quality used for this sample.</param>
public sealed record ImageCompressionParams(int Quality);
