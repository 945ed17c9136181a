using System.Reflection;
using System.Text.Json.Nodes;
using SharpAugment.Imaging.Skia;
using SharpAugment.Imaging.Skia.Datasets;

namespace SharpAugment.Playground.Samples;

/// <summary>The images the page offers: the smiley, the bundled photos and the YOLO, COCO and segmentation samples (embedded resources), and optionally a user folder listed at start.</summary>
public sealed class SampleLibrary
{
    private static readonly Assembly Resources = typeof(SampleLibrary).Assembly;
    private readonly Dictionary<string, PlaygroundSample> _byKey = new(StringComparer.Ordinal);

    /// <summary>Builds the library; <paramref name="imagesDirectory"/> adds its readable images (up to 500, recursively).</summary>
    public SampleLibrary(string? imagesDirectory)
    {
        byte[] smiley = ImageCodec.EncodePng(Smiley.Draw());
        Add(new PlaygroundSample("smiley", "Smiley 16x16 (the article's)", "smiley", () => smiley, null));
        foreach (string name in ResourceNames("samples/images/"))
        {
            Add(new PlaygroundSample("photo/" + Path.GetFileNameWithoutExtension(name), Path.GetFileName(name), "photo", () => Read(name), null));
        }

        foreach (string name in ResourceNames("samples/yolo/").Where(n => !n.EndsWith(".txt", StringComparison.Ordinal)))
        {
            string stem = Path.GetFileNameWithoutExtension(name);
            string labels = "samples/yolo/" + stem + ".txt";
            Add(new PlaygroundSample("yolo/" + stem, stem + " (YOLO boxes)", "boxes", () => Read(name), s => s with
            {
                Boxes = YoloLayout.ParseLabels(System.Text.Encoding.UTF8.GetString(Read(labels)), s.Image.Width, s.Image.Height, labels),
            }));
        }

        var coco = JsonNode.Parse(Read("samples/coco/instances.json"))!.AsObject();
        foreach (string name in ResourceNames("samples/coco/images/"))
        {
            string file = Path.GetFileName(name);
            Add(new PlaygroundSample("coco/" + Path.GetFileNameWithoutExtension(name), Path.GetFileNameWithoutExtension(name) + " (COCO boxes and keypoints)", "keypoints", () => Read(name),
                s => CocoLayout.Annotate(coco, file, s)));
        }

        foreach (string name in ResourceNames("samples/segmentation/images/"))
        {
            string stem = Path.GetFileNameWithoutExtension(name);
            string mask = "samples/segmentation/masks/" + stem + ".png";
            Add(new PlaygroundSample("segmentation/" + stem, stem + " (segmentation mask)", "masks", () => Read(name), s => s with
            {
                Masks = [SegmentationLayout.ToClassIds(ImageCodec.Decode(Read(mask)), mask)],
            }));
        }

        if (imagesDirectory is not null)
        {
            string root = Path.GetFullPath(imagesDirectory);
            foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(ImageCodec.IsReadable).Order(StringComparer.Ordinal).Take(500))
            {
                string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                Add(new PlaygroundSample("folder/" + relative, relative, "folder", () => File.ReadAllBytes(file), null));
            }
        }
    }

    /// <summary>Every sample in the order the picker shows them.</summary>
    public IReadOnlyList<PlaygroundSample> All => [.. _byKey.Values];

    /// <summary>The sample for a key; an unknown key gets an error listing the keys (never a path lookup).</summary>
    public PlaygroundSample Get(string key)
    {
        if (_byKey.TryGetValue(key, out var s))
        {
            return s;
        }

        throw new KeyNotFoundException($"Unknown sample '{key}'. Samples: {string.Join(", ", _byKey.Keys.Take(12))}{(_byKey.Count > 12 ? ", ..." : string.Empty)}.");
    }

    private void Add(PlaygroundSample sample) => _byKey[sample.Key] = sample;

    private static IEnumerable<string> ResourceNames(string prefix) =>
        Resources.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.IndexOf('/', prefix.Length) < 0).Order(StringComparer.Ordinal);

    private static byte[] Read(string resource)
    {
        using var stream = Resources.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"playground: the embedded resource {resource} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
