using System.Globalization;
using System.Text;
using SharpAugment.IO;

namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>Ultralytics YOLO detection: <c>images/**/x.jpg</c> with <c>labels/**/x.txt</c> holding lines <c>class cx cy w h</c> normalized to [0, 1].</summary>
/// <remarks>An image without a label file is a background image (no boxes); outputs always get a label file, possibly empty.
/// Root-level metadata (<c>*.yaml</c>, <c>*.yml</c>, <c>classes.txt</c>, <c>*.names</c>) is copied to the destination.</remarks>
public sealed class YoloLayout(string root) : DatasetLayout(root)
{
    /// <inheritdoc/>
    public override string Name => "yolo";

    /// <inheritdoc/>
    public override DatasetScan Scan()
    {
        var images = DatasetPaths.Images(Root, Path.Combine(Root, "images"));
        var items = images.Select(p => new DatasetItem(p, -1, [LabelPath(p)])).ToArray();
        var expected = new HashSet<string>(items.Select(i => i.Companions[0]), StringComparer.Ordinal);
        var problems = DatasetPaths.Files(Root, Path.Combine(Root, "labels"), ".txt").Where(l => !expected.Contains(l))
            .Select(l => new DatasetProblem(l, "label file without a matching image under images/: skipped")).ToArray();
        return new DatasetScan(items, problems);
    }

    /// <summary>The label file of an image: <c>images/a/b.jpg</c> to <c>labels/a/b.txt</c>.</summary>
    public static string LabelPath(string image) => DatasetPaths.Sibling(image, "images", "labels", ".txt");

    /// <inheritdoc/>
    protected override Sample WithTargets(DatasetItem item, IImage image, long maxPixels)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(image);
        string label = item.Companions[0];
        string full = DatasetPaths.Full(Root, label);
        var boxes = File.Exists(full) ? ParseLabels(File.ReadAllText(full), image.Width, image.Height, label) : [];
        return new Sample(image) { Boxes = boxes };
    }

    /// <summary>Parses YOLO label text into absolute boxes; a malformed line raises an error naming the file and line.</summary>
    public static IReadOnlyList<BoundingBox> ParseLabels(string text, int width, int height, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var boxes = new List<BoundingBox>();
        var lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            var parts = lines[n].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                continue;
            }

            if (parts.Length != 5)
            {
                throw new InvalidDataException($"{file} line {n + 1}: expected 'class cx cy w h' (5 numbers), found {parts.Length} fields; segment and pose labels are not supported.");
            }

            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int cls))
            {
                throw new InvalidDataException($"{file} line {n + 1}: class '{parts[0]}' is not a non-negative integer.");
            }

            var v = new double[4];
            for (int i = 0; i < 4; i++)
            {
                if (!double.TryParse(parts[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) || !double.IsFinite(v[i]))
                {
                    throw new InvalidDataException($"{file} line {n + 1}: '{parts[i + 1]}' is not a number.");
                }
            }

            if (v[2] < 0 || v[3] < 0)
            {
                throw new InvalidDataException($"{file} line {n + 1}: width and height must be >= 0.");
            }

            boxes.Add(BoxConverter.From(BoxFormat.Yolo, v[0], v[1], v[2], v[3], width, height, cls));
        }

        return boxes;
    }

    /// <summary>Formats boxes as YOLO label text, six decimals as Ultralytics writes them.</summary>
    public static string FormatLabels(IReadOnlyList<BoundingBox> boxes, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        var sb = new StringBuilder();
        foreach (var b in boxes)
        {
            var (cx, cy, w, h) = BoxConverter.To(BoxFormat.Yolo, b, width, height);
            sb.Append(CultureInfo.InvariantCulture, $"{b.Label} {cx:F6} {cy:F6} {w:F6} {h:F6}\n");
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override DatasetOutput Write(string destRoot, DatasetItem item, string suffix, Sample sample, ImageOutputOptions output)
    {
        ArgumentNullException.ThrowIfNull(sample);
        string image = OutputImage(item, suffix, output);
        string label = LabelPath(image);
        WriteImage(destRoot, image, sample, output);
        AtomicFile.WriteAllText(DatasetPaths.Full(destRoot, label), FormatLabels(sample.Boxes, sample.Width, sample.Height));
        return new DatasetOutput(image, [image, label]);
    }

    /// <inheritdoc/>
    public override DatasetOutput CopyOriginal(string destRoot, DatasetItem item)
    {
        var copied = base.CopyOriginal(destRoot, item);
        string label = item.Companions[0];
        if (copied.Files.Contains(label))
        {
            return copied;
        }

        // A background image gets an empty label file, like every augmented output.
        AtomicFile.WriteAllText(DatasetPaths.Full(destRoot, label), string.Empty);
        return copied with { Files = [.. copied.Files, label] };
    }

    /// <inheritdoc/>
    public override void Finish(string destRoot, IReadOnlyList<DatasetOutput> outputs)
    {
        foreach (var file in Directory.EnumerateFiles(Root))
        {
            string name = Path.GetFileName(file);
            string ext = Path.GetExtension(name).ToLowerInvariant();
            if (ext is ".yaml" or ".yml" or ".names" || name == "classes.txt")
            {
                AtomicFile.WriteAllBytes(Path.Combine(destRoot, name), File.ReadAllBytes(file));
            }
        }
    }
}
