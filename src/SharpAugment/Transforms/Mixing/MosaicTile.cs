namespace SharpAugment.Transforms.Mixing;

/// <summary>One mosaic output: the four source samples (top-left, top-right, bottom-left, bottom-right) and the pixel where they meet.</summary>
/// <param name="Sources">Batch indices of the four tiles; the first is the output's own index.</param>
/// <param name="CenterX">The column where the left tiles end.</param>
/// <param name="CenterY">The row where the top tiles end.</param>
public sealed record MosaicTile(IReadOnlyList<int> Sources, int CenterX, int CenterY);
