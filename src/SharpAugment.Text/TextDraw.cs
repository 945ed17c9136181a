namespace SharpAugment.Text;

/// <summary>The sampled parameters of a text transform: the seed of the stream its word and character choices come from,
/// drawn from the sample's Rng, so a recorded run replays the same choices.</summary>
/// <param name="Seed">The seed of the transform's own stream for this sample.</param>
public sealed record TextDraw(ulong Seed);
