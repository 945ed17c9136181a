namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>A folder of images (searched recursively) with no labels; outputs keep each image's relative path.</summary>
public sealed class FlatLayout(string root) : DatasetLayout(root)
{
    /// <inheritdoc/>
    public override string Name => "flat";

    /// <inheritdoc/>
    public override DatasetScan Scan() => new(DatasetPaths.Images(Root, Root).Select(p => new DatasetItem(p)).ToArray(), []);

    /// <inheritdoc/>
    protected override Sample WithTargets(DatasetItem item, IImage image, long maxPixels) => new(image);

    /// <inheritdoc/>
    public override DatasetOutput Write(string destRoot, DatasetItem item, string suffix, Sample sample, ImageOutputOptions output)
    {
        string image = OutputImage(item, suffix, output);
        WriteImage(destRoot, image, sample, output);
        return new DatasetOutput(image, [image]);
    }
}
