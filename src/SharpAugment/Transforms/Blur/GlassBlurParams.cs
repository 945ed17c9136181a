namespace SharpAugment.Transforms.Blur;

/// <summary>The sampled swaps of <c>glass_blur</c>, kept as the seed of their offsets (one per pixel and pass, too many to record).</summary>
/// <param name="Seed">Seed of the counter-based generator that draws the offsets.</param>
public sealed record GlassBlurParams(ulong Seed);
