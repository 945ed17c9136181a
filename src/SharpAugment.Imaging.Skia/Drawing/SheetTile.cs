namespace SharpAugment.Imaging.Skia.Drawing;

/// <summary>One tile of a contact sheet: an augmented sample (image, boxes, keypoints, masks) and the lines written under it.</summary>
/// <param name="Sample">The sample to draw.</param>
/// <param name="Caption">Text lines under the tile (name, copy, label or soft label).</param>
public sealed record SheetTile(Sample Sample, IReadOnlyList<string> Caption);
