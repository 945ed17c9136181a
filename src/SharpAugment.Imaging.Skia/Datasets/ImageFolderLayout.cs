namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>torchvision's ImageFolder: one subfolder per class (label = index of the folder name in ordinal order); outputs go to the same class folder.</summary>
public sealed class ImageFolderLayout(string root) : DatasetLayout(root)
{
    private string[] _classes = [];

    /// <inheritdoc/>
    public override string Name => "imagefolder";

    /// <inheritdoc/>
    public override IReadOnlyList<string> ClassNames => _classes;

    /// <inheritdoc/>
    public override DatasetScan Scan()
    {
        _classes = Directory.EnumerateDirectories(Root).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Select(n => n!)
            .OrderBy(n => n, StringComparer.Ordinal).ToArray();
        var items = new List<DatasetItem>();
        for (int c = 0; c < _classes.Length; c++)
        {
            foreach (var p in DatasetPaths.Images(Root, Path.Combine(Root, _classes[c])))
            {
                items.Add(new DatasetItem(p, c, []));
            }
        }

        var problems = Directory.EnumerateFiles(Root).Where(f => ImageCodec.IsReadable(f) && !Path.GetFileName(f).StartsWith('.'))
            .Select(f => new DatasetProblem(DatasetPaths.Relative(Root, f), "image outside any class folder (ImageFolder layout): skipped"))
            .OrderBy(p => p.Path, StringComparer.Ordinal).ToArray();
        items.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new DatasetScan(items, problems);
    }

    /// <inheritdoc/>
    protected override Sample WithTargets(DatasetItem item, IImage image, long maxPixels)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new Sample(image) { Label = item.Label };
    }

    /// <inheritdoc/>
    public override DatasetOutput Write(string destRoot, DatasetItem item, string suffix, Sample sample, ImageOutputOptions output)
    {
        string image = OutputImage(item, suffix, output);
        WriteImage(destRoot, image, sample, output);
        return new DatasetOutput(image, [image]);
    }
}
