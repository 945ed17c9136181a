namespace SharpAugment.Transforms.Noise;

/// <summary>The sampled parameters of <c>multiplicative_noise</c>.</summary>
/// <param name="NoiseSeed">Seeds the multiplier draws (one, one per channel, or one per pixel or element).</param>
public sealed record MultiplicativeNoiseParams(ulong NoiseSeed);
