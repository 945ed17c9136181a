namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>One input of a data set: its image path relative to the data-set root ('/' separators), its class and its companion files.</summary>
/// <param name="RelativePath">The image path relative to the root, with '/' separators; the stable identity of the item.</param>
/// <param name="Label">The class index (ImageFolder), or -1.</param>
/// <param name="Companions">Files that travel with the image (a YOLO label file, a mask), relative to the root; may not exist.</param>
public sealed record DatasetItem(string RelativePath, int Label, IReadOnlyList<string> Companions)
{
    /// <summary>An item with no class and no companions.</summary>
    public DatasetItem(string relativePath)
        : this(relativePath, -1, [])
    {
    }
}
