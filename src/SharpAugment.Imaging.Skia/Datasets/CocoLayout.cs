using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpAugment.IO;

namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>COCO detection: one or more JSON files (at the root or under <c>annotations/</c>) with images, annotations (bbox, keypoints) and categories.</summary>
/// <remarks>
/// Each box carries the index of its annotation as label, so an annotation whose box leaves the image is dropped whole,
/// and its keypoints (label = (annotation * K + slot) * 3 + visibility flag) find their way back with their flag. Keypoint names <c>left_*</c>/<c>right_*</c>
/// of a category are swapped by flips. Augmented annotations keep category_id, iscrowd, bbox, area (box area),
/// keypoints and num_keypoints; polygon or RLE segmentations cannot follow the geometry and are left out.
/// Each JSON file is written again at the same relative path, listing every output (ids renumbered from 1).
/// </remarks>
public sealed class CocoLayout(string root) : DatasetLayout(root)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _files = [];

    /// <inheritdoc/>
    public override string Name => "coco";

    /// <summary>The COCO JSON files under a root: <c>*.json</c> at the root and in <c>annotations/</c> with "images" and "annotations" arrays.</summary>
    public static IReadOnlyList<string> FindAnnotationFiles(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var found = new List<string>();
        foreach (var dir in new[] { root, Path.Combine(root, "annotations") })
        {
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var f in Directory.EnumerateFiles(dir, "*.json"))
            {
                if (IsCoco(f))
                {
                    found.Add(DatasetPaths.Relative(root, f));
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static bool IsCoco(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var doc = JsonDocument.Parse(stream);
            return doc.RootElement.ValueKind == JsonValueKind.Object &&
                   doc.RootElement.TryGetProperty("images", out var i) && i.ValueKind == JsonValueKind.Array &&
                   doc.RootElement.TryGetProperty("annotations", out var a) && a.ValueKind == JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public override DatasetScan Scan()
    {
        _entries.Clear();
        _files.Clear();
        var items = new List<DatasetItem>();
        var problems = new List<DatasetProblem>();
        foreach (var file in FindAnnotationFiles(Root))
        {
            _files.Add(file);
            var json = JsonNode.Parse(File.ReadAllText(DatasetPaths.Full(Root, file)))!.AsObject();
            var categories = Categories(json);
            var byImage = AnnotationsByImage(json);

            string jsonDir = Path.GetDirectoryName(DatasetPaths.Full(Root, file))!;
            foreach (var img in json["images"]!.AsArray())
            {
                var image = img!.AsObject();
                string name = image["file_name"]!.GetValue<string>().Replace('\\', '/');
                string full = Resolve(jsonDir, name);
                string rel = DatasetPaths.Relative(Root, full);
                if (rel.StartsWith("../", StringComparison.Ordinal))
                {
                    problems.Add(new DatasetProblem(file, $"image '{name}' lies outside the data set folder: skipped"));
                    continue;
                }

                if (!_entries.TryAdd(rel, new Entry(file, name, image, byImage.GetValueOrDefault(image["id"]!.GetValue<long>()) ?? [], categories)))
                {
                    problems.Add(new DatasetProblem(rel, $"listed twice (again in {file}): second entry skipped"));
                    continue;
                }

                items.Add(new DatasetItem(rel));
            }
        }

        items.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new DatasetScan(items, problems);
    }

    private string Resolve(string jsonDir, string name)
    {
        string[] candidates =
        [
            Path.Combine(jsonDir, name), Path.Combine(Root, name), Path.Combine(Root, "images", name), Path.Combine(jsonDir, "..", "images", name),
        ];
        foreach (var c in candidates)
        {
            if (File.Exists(c))
            {
                return Path.GetFullPath(c);
            }
        }

        return Path.GetFullPath(Directory.Exists(Path.Combine(Root, "images")) ? candidates[2] : candidates[0]);
    }

    /// <inheritdoc/>
    protected override Sample WithTargets(DatasetItem item, IImage image, long maxPixels)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(image);
        var e = _entries[item.RelativePath];
        int? w = e.Image["width"]?.GetValue<int>(), h = e.Image["height"]?.GetValue<int>();
        if ((w is not null && w != image.Width) || (h is not null && h != image.Height))
        {
            throw new InvalidDataException($"{item.RelativePath}: the image is {image.Width}x{image.Height} but {e.File} says {w}x{h}.");
        }

        return WithTargets(e, new Sample(image));
    }

    /// <summary>Adds the boxes and keypoints that a COCO document gives the image <paramref name="fileName"/> to its decoded sample, as loading it from a folder would; for a document held in memory (an embedded copy).</summary>
    public static Sample Annotate(JsonObject document, string fileName, Sample sample)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sample);
        var image = document["images"]?.AsArray().Select(i => i!.AsObject()).FirstOrDefault(i => i["file_name"]?.GetValue<string>() == fileName)
            ?? throw new InvalidDataException($"COCO: no image named '{fileName}' in the document.");
        var annotations = AnnotationsByImage(document).GetValueOrDefault(image["id"]!.GetValue<long>()) ?? [];
        return WithTargets(new Entry("(in memory)", fileName, image, annotations, Categories(document)), sample);
    }

    private static Dictionary<long, string[]> Categories(JsonObject json)
    {
        var categories = new Dictionary<long, string[]>();
        foreach (var c in json["categories"]?.AsArray() ?? [])
        {
            var names = c?["keypoints"]?.AsArray().Select(n => n?.GetValue<string>() ?? string.Empty).ToArray() ?? [];
            categories[c!["id"]!.GetValue<long>()] = names;
        }

        return categories;
    }

    private static Dictionary<long, List<JsonObject>> AnnotationsByImage(JsonObject json)
    {
        var byImage = new Dictionary<long, List<JsonObject>>();
        foreach (var a in json["annotations"]!.AsArray())
        {
            long id = a!["image_id"]!.GetValue<long>();
            if (!byImage.TryGetValue(id, out var list))
            {
                byImage[id] = list = [];
            }

            list.Add(a.AsObject());
        }

        return byImage;
    }

    private static Sample WithTargets(Entry e, Sample sample)
    {
        var image = sample.Image;
        int k = e.MaxKeypoints;
        var boxes = new List<BoundingBox>();
        var points = new List<Keypoint>();
        var swap = new int[e.Annotations.Count * k * 3];
        for (int a = 0; a < e.Annotations.Count; a++)
        {
            var ann = e.Annotations[a];
            var bbox = ann["bbox"]?.AsArray() ?? throw new InvalidDataException($"{e.File}: annotation {ann["id"]} has no bbox.");
            if (bbox.Count != 4)
            {
                throw new InvalidDataException($"{e.File}: annotation {ann["id"]} bbox has {bbox.Count} numbers, expected 4.");
            }

            boxes.Add(BoxConverter.From(BoxFormat.Coco, Num(bbox[0]), Num(bbox[1]), Num(bbox[2]), Num(bbox[3]), image.Width, image.Height, a));
            var kps = ann["keypoints"]?.AsArray();
            string[] names = e.Categories.GetValueOrDefault(ann["category_id"]?.GetValue<long>() ?? -1) ?? [];
            for (int j = 0; j < k; j++)
            {
                for (int v = 0; v < 3; v++)
                {
                    swap[(a * k + j) * 3 + v] = (a * k + Mirror(names, j)) * 3 + v;
                }
            }

            for (int j = 0; kps is not null && j < kps.Count / 3; j++)
            {
                int v = (int)Num(kps[3 * j + 2]);
                if (v is 1 or 2)
                {
                    points.Add(new Keypoint((float)Num(kps[3 * j]), (float)Num(kps[3 * j + 1]), Label: (a * k + j) * 3 + v));
                }
            }
        }

        return sample with { Boxes = boxes, Keypoints = points, KeypointFlipSwap = swap };
    }

    private static double Num(JsonNode? n) => n?.GetValue<double>() ?? throw new InvalidDataException("COCO: a number is missing.");

    private static int Mirror(string[] names, int j)
    {
        if (j >= names.Length)
        {
            return j;
        }

        string n = names[j];
        string? other = n.StartsWith("left_", StringComparison.Ordinal) ? "right_" + n[5..]
            : n.StartsWith("right_", StringComparison.Ordinal) ? "left_" + n[6..] : null;
        int i = other is null ? -1 : Array.IndexOf(names, other);
        return i >= 0 ? i : j;
    }

    /// <inheritdoc/>
    public override DatasetOutput Write(string destRoot, DatasetItem item, string suffix, Sample sample, ImageOutputOptions output)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(sample);
        var e = _entries[item.RelativePath];
        string image = OutputImage(item, suffix, output);
        WriteImage(destRoot, image, sample, output);
        int k = e.MaxKeypoints;
        var anns = new JsonArray();
        foreach (var box in sample.Boxes)
        {
            var src = e.Annotations[box.Label];
            var ann = new JsonObject
            {
                ["category_id"] = src["category_id"]?.DeepClone(),
                ["iscrowd"] = src["iscrowd"]?.DeepClone() ?? 0,
                ["bbox"] = new JsonArray(R(box.XMin), R(box.YMin), R(box.Width), R(box.Height)),
                ["area"] = R(box.Area),
            };
            if (src["keypoints"] is JsonArray kps)
            {
                var moved = new JsonArray();
                int visible = 0;
                for (int j = 0; j < kps.Count / 3; j++)
                {
                    int found = -1;
                    for (int p = 0; p < sample.Keypoints.Count; p++)
                    {
                        if (sample.Keypoints[p].Label / 3 == box.Label * k + j)
                        {
                            found = p;
                            break;
                        }
                    }

                    int v = found >= 0 ? sample.Keypoints[found].Label % 3 : 0;
                    moved.Add(found >= 0 ? R(sample.Keypoints[found].X) : 0);
                    moved.Add(found >= 0 ? R(sample.Keypoints[found].Y) : 0);
                    moved.Add(v);
                    visible += v > 0 ? 1 : 0;
                }

                ann["keypoints"] = moved;
                ann["num_keypoints"] = visible;
            }

            anns.Add(ann);
        }

        string fileName = e.FileName[..^Path.GetFileName(item.RelativePath).Length] + Path.GetFileName(image);
        var node = new JsonObject
        {
            ["annotation_file"] = e.File,
            ["file_name"] = fileName,
            ["width"] = sample.Width,
            ["height"] = sample.Height,
            ["source_image_id"] = e.Image["id"]?.DeepClone(),
            ["annotations"] = anns,
        };
        return new DatasetOutput(image, [image], node);
    }

    /// <inheritdoc/>
    public override Sample ForDisplay(DatasetItem item, Sample sample)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(sample);
        var e = _entries[item.RelativePath];
        int k = Math.Max(1, e.MaxKeypoints);
        int Category(int annotation) => (int)(e.Annotations[annotation]["category_id"]?.GetValue<long>() ?? 0);
        return sample with
        {
            Boxes = sample.Boxes.Select(b => b with { Label = Category(b.Label) }).ToArray(),
            Keypoints = sample.Keypoints.Select(p => p with { Label = p.Label / 3 % k }).ToArray(),
        };
    }

    private static double R(double v) => Math.Round(v, 3, MidpointRounding.ToEven);

    /// <inheritdoc/>
    protected override JsonNode? OriginalAnnotation(DatasetItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var e = _entries[item.RelativePath];
        var anns = new JsonArray();
        foreach (var a in e.Annotations)
        {
            var copy = a.DeepClone().AsObject();
            copy.Remove("id");
            copy.Remove("image_id");
            anns.Add(copy);
        }

        return new JsonObject
        {
            ["annotation_file"] = e.File,
            ["file_name"] = e.FileName,
            ["width"] = e.Image["width"]?.DeepClone(),
            ["height"] = e.Image["height"]?.DeepClone(),
            ["source_image_id"] = e.Image["id"]?.DeepClone(),
            ["annotations"] = anns,
        };
    }

    /// <inheritdoc/>
    public override void Finish(string destRoot, IReadOnlyList<DatasetOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        foreach (var file in _files)
        {
            var source = JsonNode.Parse(File.ReadAllText(DatasetPaths.Full(Root, file)))!.AsObject();
            var result = new JsonObject();
            foreach (var (key, value) in source)
            {
                if (key is not ("images" or "annotations"))
                {
                    result[key] = value?.DeepClone();
                }
            }

            var images = new JsonArray();
            var annotations = new JsonArray();
            long imageId = 0, annId = 0;
            foreach (var o in outputs)
            {
                if (o.Annotation?["annotation_file"]?.GetValue<string>() != file)
                {
                    continue;
                }

                imageId++;
                images.Add(new JsonObject
                {
                    ["id"] = imageId,
                    ["file_name"] = o.Annotation["file_name"]?.DeepClone(),
                    ["width"] = o.Annotation["width"]?.DeepClone(),
                    ["height"] = o.Annotation["height"]?.DeepClone(),
                });
                foreach (var a in o.Annotation["annotations"]!.AsArray())
                {
                    var ann = new JsonObject { ["id"] = ++annId, ["image_id"] = imageId };
                    foreach (var (key, value) in a!.AsObject())
                    {
                        ann[key] = value?.DeepClone();
                    }

                    annotations.Add(ann);
                }
            }

            result["images"] = images;
            result["annotations"] = annotations;
            AtomicFile.WriteAllText(DatasetPaths.Full(destRoot, file), result.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
    }

    private sealed record Entry(string File, string FileName, JsonObject Image, List<JsonObject> Annotations, Dictionary<long, string[]> Categories)
    {
        public int MaxKeypoints { get; } = Annotations.Count == 0 ? 0 : Annotations.Max(a => (a["keypoints"]?.AsArray().Count ?? 0) / 3);
    }
}
