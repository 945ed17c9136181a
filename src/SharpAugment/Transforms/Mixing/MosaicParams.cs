namespace SharpAugment.Transforms.Mixing;

/// <summary>What <c>mosaic</c> drew: one tile layout per output sample.</summary>
/// <param name="Tiles">The layouts, one per sample in batch order.</param>
public sealed record MosaicParams(IReadOnlyList<MosaicTile> Tiles);
