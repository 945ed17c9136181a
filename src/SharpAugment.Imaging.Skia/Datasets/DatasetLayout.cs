using SharpAugment.IO;

namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>A way of storing a data set on disk: how to list its items, load one as a <see cref="Sample"/>, and write an augmented sample back in the same layout.</summary>
public abstract class DatasetLayout
{
    /// <summary>The names accepted by <see cref="Open"/>, in detection order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["coco", "yolo", "segmentation", "imagefolder", "flat"];

    /// <summary>Keeps the root folder.</summary>
    protected DatasetLayout(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        Root = Path.GetFullPath(root);
        if (!Directory.Exists(Root))
        {
            throw new DirectoryNotFoundException($"data set folder '{root}' does not exist.");
        }
    }

    /// <summary>The absolute root of the source data set.</summary>
    public string Root { get; }

    /// <summary>The layout name (one of <see cref="Names"/>).</summary>
    public abstract string Name { get; }

    /// <summary>The class names, index = label (ImageFolder); empty when the layout has none.</summary>
    public virtual IReadOnlyList<string> ClassNames => [];

    /// <summary>Lists the items, sorted ordinally by relative path, and the files that cannot be used.</summary>
    public abstract DatasetScan Scan();

    /// <summary>Decodes one item with its targets (label, boxes, keypoints, masks).</summary>
    /// <exception cref="InvalidDataException">The image or a companion file is corrupt, empty or malformed.</exception>
    public Sample Load(DatasetItem item, long maxPixels = ImageCodec.DefaultMaxPixels)
    {
        ArgumentNullException.ThrowIfNull(item);
        return WithTargets(item, ImageCodec.Load(DatasetPaths.Full(Root, item.RelativePath), maxPixels), maxPixels);
    }

    /// <summary>One item with its targets and its image still encoded (<see cref="EncodedImage"/>), so a training loader whose pipeline starts with a crop decodes only the window.</summary>
    /// <exception cref="InvalidDataException">The image header or a companion file is corrupt, empty or malformed.</exception>
    public Sample LoadEncoded(DatasetItem item, long maxPixels = ImageCodec.DefaultMaxPixels)
    {
        ArgumentNullException.ThrowIfNull(item);
        return WithTargets(item, EncodedImage.Load(DatasetPaths.Full(Root, item.RelativePath), maxPixels), maxPixels);
    }

    /// <summary>The sample of <paramref name="item"/> around an already opened image (decoded or not): reads its label, boxes, keypoints or masks.</summary>
    protected abstract Sample WithTargets(DatasetItem item, IImage image, long maxPixels);

    /// <summary>The image path an output of <paramref name="item"/> with <paramref name="suffix"/> gets under the destination.</summary>
    public virtual string OutputImage(DatasetItem item, string suffix, ImageOutputOptions output)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(output);
        return DatasetPaths.WithSuffix(item.RelativePath, suffix, output.ExtensionFor(item.RelativePath));
    }

    /// <summary>Writes an augmented sample (image and companions) under <paramref name="destRoot"/>, each file atomically.</summary>
    public abstract DatasetOutput Write(string destRoot, DatasetItem item, string suffix, Sample sample, ImageOutputOptions output);

    /// <summary>Copies an item's files unchanged (for --include-originals).</summary>
    public virtual DatasetOutput CopyOriginal(string destRoot, DatasetItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var files = new List<string> { item.RelativePath };
        foreach (var c in item.Companions)
        {
            if (File.Exists(DatasetPaths.Full(Root, c)))
            {
                files.Add(c);
            }
        }

        foreach (var f in files)
        {
            AtomicFile.WriteAllBytes(DatasetPaths.Full(destRoot, f), File.ReadAllBytes(DatasetPaths.Full(Root, f)));
        }

        return new DatasetOutput(item.RelativePath, files, OriginalAnnotation(item));
    }

    /// <summary>Writes what belongs to the whole data set (COCO's JSON, YOLO's class list) once every sample is written.</summary>
    /// <param name="destRoot">The destination root.</param>
    /// <param name="outputs">Every output of the run, sorted by image path.</param>
    public virtual void Finish(string destRoot, IReadOnlyList<DatasetOutput> outputs)
    {
    }

    /// <summary>The sample with box and keypoint labels turned into class ids for drawing (COCO keeps annotation indices internally).</summary>
    public virtual Sample ForDisplay(DatasetItem item, Sample sample) => sample;

    /// <summary>The annotation an unchanged copy of <paramref name="item"/> carries (COCO), or null.</summary>
    protected virtual System.Text.Json.Nodes.JsonNode? OriginalAnnotation(DatasetItem item) => null;

    /// <summary>Writes the sample's image in the chosen format at <paramref name="relative"/> under <paramref name="destRoot"/>.</summary>
    protected static void WriteImage(string destRoot, string relative, Sample sample, ImageOutputOptions output)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = ImageCodec.Encode(ImageConversions.ToBytes(sample.Image), output.FormatFor(relative), output.Quality, output.PngLevel);
        AtomicFile.WriteAllBytes(DatasetPaths.Full(destRoot, relative), bytes);
    }

    /// <summary>Opens a data set with a named layout, or detects it when <paramref name="name"/> is null or "auto".</summary>
    public static DatasetLayout Open(string root, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        string chosen = name is null or "auto" ? Detect(root) : name.ToLowerInvariant();
        return chosen switch
        {
            "flat" => new FlatLayout(root),
            "imagefolder" => new ImageFolderLayout(root),
            "yolo" => new YoloLayout(root),
            "segmentation" => new SegmentationLayout(root),
            "coco" => new CocoLayout(root),
            _ => throw new ArgumentException($"--layout: unknown layout '{name}'; use one of auto, {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    /// <summary>Guesses the layout: a COCO JSON, then images/+labels/ (YOLO), images/+masks/ (segmentation), class subfolders (ImageFolder), else flat.</summary>
    public static string Detect(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"data set folder '{root}' does not exist.");
        }

        if (CocoLayout.FindAnnotationFiles(root).Count > 0)
        {
            return "coco";
        }

        if (Directory.Exists(Path.Combine(root, "images")))
        {
            if (Directory.Exists(Path.Combine(root, "labels")))
            {
                return "yolo";
            }

            if (Directory.Exists(Path.Combine(root, "masks")))
            {
                return "segmentation";
            }
        }

        bool imagesAtRoot = Directory.EnumerateFiles(root).Any(f => ImageCodec.IsReadable(f) && !Path.GetFileName(f).StartsWith('.'));
        bool classFolders = Directory.EnumerateDirectories(root).Any(d => !Path.GetFileName(d).StartsWith('.'));
        return !imagesAtRoot && classFolders ? "imagefolder" : "flat";
    }
}
