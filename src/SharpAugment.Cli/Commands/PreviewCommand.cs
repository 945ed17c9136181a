using System.ComponentModel;
using System.Globalization;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Imaging.Skia.Datasets;
using SharpAugment.Imaging.Skia.Drawing;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment preview INPUT... --pipeline TEXT --out sheet.png</c>: a contact sheet of augmentations with their targets drawn.</summary>
/// <remarks>Boxes are coloured by class (COCO: category id) and keypoints by their slot (COCO: position in the category's list).
/// Tile t shows copy t / n of input t mod n, drawn from the same Rng stream as <c>augment</c>'s <c>_aug</c> output with that copy index
/// and seed, so the sheet previews exactly what <c>augment</c> would write.</remarks>
public sealed class PreviewCommand : Command<PreviewCommand.Settings>
{
    /// <summary>Options of <c>preview</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Image files or data-set folders.</summary>
        [CommandArgument(0, "<INPUT>")]
        [Description("Image files or data-set folders (folders give labels, boxes, keypoints and masks).")]
        public string[] Inputs { get; init; } = [];

        /// <summary>The pipeline in the one-line syntax.</summary>
        [CommandOption("-p|--pipeline <TEXT>")]
        [Description("The pipeline to preview.")]
        public string? Pipeline { get; init; }

        /// <summary>A pipeline JSON file.</summary>
        [CommandOption("-c|--config <FILE>")]
        [Description("A pipeline JSON file, instead of --pipeline.")]
        public string? Config { get; init; }

        /// <summary>Columns x rows.</summary>
        [CommandOption("-g|--grid <CxR>")]
        [Description("Columns x rows of tiles (default 4x4).")]
        public string Grid { get; init; } = "4x4";

        /// <summary>Tile size in pixels.</summary>
        [CommandOption("--tile <PIXELS>")]
        [Description("Each image is fitted into a square of this size (default 256).")]
        public int Tile { get; init; } = 256;

        /// <summary>A batch pipeline (mixup, cutmix, timm_mixup, mosaic) applied to all tiles together after the per-sample pipeline.</summary>
        [CommandOption("-b|--batch <TEXT>")]
        [Description("A batch pipeline, e.g. \"mixup(alpha=0.4)\" or \"mosaic\", applied to the tiles as one batch (they must share one size); soft labels are shown under each tile. Unlabelled inputs get one class per input file.")]
        public string? Batch { get; init; }

        /// <summary>The seed.</summary>
        [CommandOption("-s|--seed <S>")]
        [Description("Random seed (default 0), the same as augment's.")]
        public ulong Seed { get; init; }

        /// <summary>Layout for folder inputs.</summary>
        [CommandOption("-l|--layout <LAYOUT>")]
        [Description("Layout of folder inputs: auto (default), flat, imagefolder, yolo, coco, segmentation.")]
        public string Layout { get; init; } = "auto";

        /// <summary>The sheet file.</summary>
        [CommandOption("-o|--out <FILE>")]
        [Description("The contact sheet to write (.png, .jpg or .webp).")]
        public string Out { get; init; } = string.Empty;

        /// <summary>Whether the first tile of each input shows it unaugmented.</summary>
        [CommandOption("--original")]
        [Description("Start with each input unaugmented, so the sheet reads original, then augmentations.")]
        public bool Original { get; init; }

        /// <summary>The pixel limit for inputs and for every transform's output.</summary>
        [CommandOption("--max-pixels <N>")]
        [Description("Refuse an input, or a transform output, larger than this many pixels (default 100000000).")]
        public long MaxPixels { get; init; } = ResourceLimits.DefaultMaxPixels;

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            if (MaxPixels < 1)
            {
                return ValidationResult.Error("preview: --max-pixels must be at least 1");
            }

            if (Inputs.Length == 0)
            {
                return ValidationResult.Error("preview: give at least one INPUT");
            }

            if (string.IsNullOrWhiteSpace(Out))
            {
                return ValidationResult.Error("preview: --out FILE is required");
            }

            return string.IsNullOrWhiteSpace(Pipeline) == string.IsNullOrWhiteSpace(Config)
                ? ValidationResult.Error("preview: give exactly one of --pipeline TEXT or --config FILE")
                : ValidationResult.Success();
        }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, Registries.CreateFull(), Console.Out, cancellationToken);

    /// <summary>Runs the command with a given registry and output; returns 0, or 1 if an input could not be read.</summary>
    internal static int Run(Settings settings, TransformRegistry registry, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var pipeline = AugmentCommand.BuildPipeline(settings.Pipeline, settings.Config, registry);
        var (columns, rows) = ParseGrid(settings.Grid);
        var failures = new List<DatasetProblem>();
        var inputs = new List<(DatasetLayout Layout, DatasetItem Item, Sample Sample, string Name)>();
        foreach (var input in settings.Inputs)
        {
            foreach (var (layout, item) in Items(input, settings.Layout, failures))
            {
                if (inputs.Count >= columns * rows)
                {
                    break;
                }

                try
                {
                    inputs.Add((layout, item, layout.Load(item, settings.MaxPixels), Path.GetFileName(item.RelativePath)));
                }
                catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or FormatException or ArgumentException)
                {
                    failures.Add(new DatasetProblem(DatasetPaths.Full(layout.Root, item.RelativePath), e.Message));
                }
            }
        }

        if (inputs.Count == 0)
        {
            throw new InvalidDataException("preview: no input could be read." + string.Concat(failures.Select(f => $"\n  {f.Path}: {f.Reason}")));
        }

        var results = new Sample[columns * rows];
        for (int t = 0; t < results.Length; t++)
        {
            var (_, item, sample, _) = inputs[t % inputs.Count];
            int copy = t / inputs.Count - (settings.Original ? 1 : 0);
            results[t] = copy < 0
                ? sample
                : pipeline.Apply(sample, new AugmentContext(Rng.ForSample(settings.Seed, copy, DatasetAugmenter.StreamIndex(item.RelativePath)))
                {
                    Limits = new ResourceLimits { MaxPixels = settings.MaxPixels },
                    CancellationToken = cancellationToken,
                });
        }

        var classNames = inputs[0].Layout.ClassNames;
        if (!string.IsNullOrWhiteSpace(settings.Batch))
        {
            classNames = MixTiles(results, inputs.Select(i => i.Name).ToArray(), classNames, registry.Parse<ImageBatch>(settings.Batch), settings.Seed);
        }

        var tiles = new List<SheetTile>();
        for (int t = 0; t < results.Length; t++)
        {
            var (layout, item, _, name) = inputs[t % inputs.Count];
            tiles.Add(new SheetTile(layout.ForDisplay(item, results[t]), Caption(name, t / inputs.Count - (settings.Original ? 1 : 0), results[t], classNames)));
        }

        var sheet = ContactSheet.Render(tiles, columns, settings.Tile);
        ImageCodec.Save(sheet, settings.Out);
        output.WriteLine($"preview: {tiles.Count} tiles of {inputs.Count} input(s) written to {settings.Out} ({sheet.Width}x{sheet.Height})");
        foreach (var f in failures)
        {
            output.WriteLine($"  failed: {f.Path}: {f.Reason}");
        }

        return failures.Count > 0 ? 1 : 0;
    }

    /// <summary>Applies a batch pipeline to the augmented tiles in place, attaching soft labels; returns the class names the labels index.</summary>
    /// <remarks>When any tile has no label (plain image files), every tile is labelled by its input, so the captions say how much of each file a tile holds.</remarks>
    internal static IReadOnlyList<string> MixTiles(Sample[] tiles, IReadOnlyList<string> inputNames, IReadOnlyList<string> classNames, ITransform<ImageBatch> batchPipeline, ulong seed)
    {
        bool unlabelled = tiles.Any(t => t.SoftLabel is null && t.Label < 0);
        var samples = new Sample[tiles.Length];
        int numClasses = unlabelled ? inputNames.Count : Math.Max(classNames.Count, tiles.Max(t => t.SoftLabel?.Count ?? t.Label + 1));
        for (int t = 0; t < tiles.Length; t++)
        {
            samples[t] = unlabelled ? tiles[t] with { Label = t % inputNames.Count, SoftLabel = null } : tiles[t];
        }

        // A preview mixes whatever files it is given: gray and RGBA tiles become RGB so one batch can hold them.
        if (samples.Any(x => x.Image.Channels != samples[0].Image.Channels))
        {
            for (int t = 0; t < samples.Length; t++)
            {
                samples[t] = samples[t] with { Image = ToRgb(ImageConversions.ToBytes(samples[t].Image)) };
            }
        }

        ImageBatch batch;
        try
        {
            batch = ImageBatch.FromSamples(samples, numClasses);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException("preview --batch: " + e.Message + " End --pipeline with a fixed size, e.g. resize(width=256, height=256).", e);
        }

        var mixed = batchPipeline.Apply(batch, new AugmentContext(new Rng(seed).Fork(0xBA7C)));
        for (int t = 0; t < tiles.Length; t++)
        {
            tiles[t] = mixed.ToSample(t);
        }

        return unlabelled ? inputNames : classNames;
    }

    private static Image<byte> ToRgb(Image<byte> image)
    {
        if (image.Channels == 3)
        {
            return image;
        }

        var rgb = new Image<byte>(image.Width, image.Height, 3);
        int c = image.Channels;
        for (int p = 0, q = 0; q < rgb.Pixels.Length; p += c, q += 3)
        {
            rgb.Pixels[q] = image.Pixels[p];
            rgb.Pixels[q + 1] = image.Pixels[p + (c >= 3 ? 1 : 0)];
            rgb.Pixels[q + 2] = image.Pixels[p + (c >= 3 ? 2 : 0)];
        }

        return rgb;
    }

    private static IEnumerable<(DatasetLayout, DatasetItem)> Items(string input, string layoutName, List<DatasetProblem> failures)
    {
        if (Directory.Exists(input))
        {
            var layout = DatasetLayout.Open(input, layoutName);
            var scan = layout.Scan();
            failures.AddRange(scan.Problems);
            return scan.Items.Select(i => (layout, i));
        }

        if (!File.Exists(input))
        {
            failures.Add(new DatasetProblem(input, "no such file or folder"));
            return [];
        }

        string full = Path.GetFullPath(input);
        return [(new FlatLayout(Path.GetDirectoryName(full)!), new DatasetItem(Path.GetFileName(full)))];
    }

    private static List<string> Caption(string name, int copy, Sample sample, IReadOnlyList<string> classes)
    {
        var lines = new List<string> { Fit(copy < 0 ? $"{name} original" : $"{name} aug{copy.ToString(CultureInfo.InvariantCulture)}") };
        if (sample.SoftLabel is { } soft)
        {
            var parts = soft.Select((p, i) => (p, i)).Where(x => x.p > 0)
                .Select(x => $"{(x.i < classes.Count ? classes[x.i] : x.i.ToString(CultureInfo.InvariantCulture))}:{x.p.ToString("0.00", CultureInfo.InvariantCulture)}");
            lines.Add(Fit("soft " + string.Join(" ", parts)));
        }
        else if (sample.Label >= 0)
        {
            lines.Add(Fit("label " + (sample.Label < classes.Count ? classes[sample.Label] : sample.Label.ToString(CultureInfo.InvariantCulture))));
        }

        if (sample.Boxes.Count > 0 || sample.Keypoints.Count > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{sample.Boxes.Count} boxes, {sample.Keypoints.Count} keypoints"));
        }

        return lines;
    }

    private static string Fit(string text) => text.Length <= 38 ? text : text[..37] + "~";

    /// <summary>Parses "CxR" (columns x rows), each 1 to 32.</summary>
    internal static (int Columns, int Rows) ParseGrid(string grid)
    {
        var parts = (grid ?? string.Empty).ToLowerInvariant().Split('x');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int c) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int r) && c is >= 1 and <= 32 && r is >= 1 and <= 32)
        {
            return (c, r);
        }

        throw new ArgumentException($"preview: --grid '{grid}' must be COLUMNSxROWS with each 1 to 32, e.g. 4x4.");
    }
}
