namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>What a layout found under its root: the items in ordinal order of their relative paths, and the files it had to refuse.</summary>
/// <param name="Items">The usable items, sorted by relative path (ordinal).</param>
/// <param name="Problems">Files found but unusable (an orphan label, an image outside any class folder).</param>
public sealed record DatasetScan(IReadOnlyList<DatasetItem> Items, IReadOnlyList<DatasetProblem> Problems);
