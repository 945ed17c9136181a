namespace SharpAugment.Tabular.Augmenters;

/// <summary>The sampled parameters of a table augmenter: one seed for its per-cell stream, so a recorded step replays exactly and stays small.</summary>
/// <param name="Seed">The seed of the per-cell random stream.</param>
public sealed record TableSeed(ulong Seed);
