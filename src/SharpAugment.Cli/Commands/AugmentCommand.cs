using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Imaging.Skia.Datasets;
using SharpAugment.Pipelines;
using Spectre.Console;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment augment SRC DEST --pipeline TEXT --copies N</c>: augments a whole data set on disk in its own layout.</summary>
public sealed class AugmentCommand : Command<AugmentCommand.Settings>
{
    /// <summary>Options of <c>augment</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The source data set folder (never modified).</summary>
        [CommandArgument(0, "<SRC>")]
        [Description("Source data set folder (read only).")]
        public string Source { get; init; } = string.Empty;

        /// <summary>The destination folder.</summary>
        [CommandArgument(1, "<DEST>")]
        [Description("Destination folder, outside SRC.")]
        public string Destination { get; init; } = string.Empty;

        /// <summary>The pipeline in the one-line syntax.</summary>
        [CommandOption("-p|--pipeline <TEXT>")]
        [Description("The pipeline, e.g. \"hflip(p=0.5) | jpeg_compression(quality=60..95)\".")]
        public string? Pipeline { get; init; }

        /// <summary>A pipeline JSON file.</summary>
        [CommandOption("-c|--config <FILE>")]
        [Description("A pipeline JSON file (as 'explain' prints), instead of --pipeline.")]
        public string? Config { get; init; }

        /// <summary>Copies per input.</summary>
        [CommandOption("-n|--copies <N>")]
        [Description("Augmented copies per input (default 1), named <stem>_aug<k> with k = 0..N-1.")]
        public int Copies { get; init; } = 1;

        /// <summary>The seed.</summary>
        [CommandOption("-s|--seed <S>")]
        [Description("Random seed (default 0); outputs depend only on the seed, the inputs and the pipeline.")]
        public ulong Seed { get; init; }

        /// <summary>Worker threads.</summary>
        [CommandOption("-t|--threads <T>")]
        [Description("Inputs processed in parallel (default: processor count); outputs do not depend on it.")]
        public int? Threads { get; init; }

        /// <summary>The layout, or auto.</summary>
        [CommandOption("-l|--layout <LAYOUT>")]
        [Description("auto (default), flat, imagefolder, yolo, coco or segmentation.")]
        public string Layout { get; init; } = "auto";

        /// <summary>The output format.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [Description("png, jpeg or webp (default: each input's format; BMP and GIF become PNG). Masks are always PNG.")]
        public string? Format { get; init; }

        /// <summary>JPEG/WebP quality.</summary>
        [CommandOption("-q|--quality <Q>")]
        [Description("JPEG and WebP quality 1..100 (default 95).")]
        public int Quality { get; init; } = 95;

        /// <summary>PNG zlib level.</summary>
        [CommandOption("--png-level <L>")]
        [Description("PNG zlib level 0..9 (default 6); 1 encodes several times faster for files about 10% larger.")]
        public int PngLevel { get; init; } = ImageCodec.DefaultPngLevel;

        /// <summary>Whether originals are copied too.</summary>
        [CommandOption("--include-originals")]
        [Description("Also copy every input unchanged (with its labels) to DEST.")]
        public bool IncludeOriginals { get; init; }

        /// <summary>Whether to continue an interrupted run.</summary>
        [CommandOption("--resume")]
        [Description("Keep outputs already complete in DEST (listed in its manifest) and make only the rest.")]
        public bool Resume { get; init; }

        /// <summary>This run's share of the inputs, as i/n.</summary>
        [CommandOption("--shard <I/N>")]
        [Description("Process only share I of N (inputs at positions I, I+N, ... of the sorted list), e.g. --shard $JOB_COMPLETION_INDEX/8; outputs are the files a single run writes there, listed in manifest.shard-I-of-N.jsonl.")]
        public string? Shard { get; init; }

        /// <summary>The pixel limit.</summary>
        [CommandOption("--max-pixels <N>")]
        [Description("Refuse inputs, and transform outputs, larger than this many pixels (default 100000000).")]
        public long MaxPixels { get; init; } = ResourceLimits.DefaultMaxPixels;

        /// <summary>The time limit per augmented copy, in seconds.</summary>
        [CommandOption("--time-limit <SECONDS>")]
        [Description("Stop an augmented copy that takes longer than this, list it as a failure and go on (default: no limit).")]
        public double? TimeLimit { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Pipeline) == string.IsNullOrWhiteSpace(Config)
                ? ValidationResult.Error("augment: give exactly one of --pipeline TEXT or --config FILE")
                : ValidationResult.Success();
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, Registries.CreateFull(), Console.Out, interactive: !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive,
            cancellationToken);

    /// <summary>Runs the command with a given registry and output; returns the exit code (0, or 1 if any input failed or the run was interrupted).</summary>
    internal static int Run(Settings settings, TransformRegistry registry, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(output);
        var pipeline = BuildPipeline(settings.Pipeline, settings.Config, registry);
        var (shard, shards) = ParseShard(settings.Shard);
        var options = new DatasetAugmentOptions
        {
            Copies = settings.Copies,
            Seed = settings.Seed,
            Threads = settings.Threads ?? Environment.ProcessorCount,
            Output = new ImageOutputOptions(ParseFormat(settings.Format), settings.Quality, settings.PngLevel),
            IncludeOriginals = settings.IncludeOriginals,
            Resume = settings.Resume,
            MaxPixels = settings.MaxPixels,
            ShardIndex = shard,
            ShardCount = shards,
            TimeBudget = settings.TimeLimit is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
        var augmenter = new DatasetAugmenter(pipeline, options);
        DatasetAugmenter.CheckSeparate(settings.Source, settings.Destination);
        var layout = DatasetLayout.Open(settings.Source, settings.Layout);
        string share = shards > 1 ? $", shard {shard} of {shards}" : "";
        output.WriteLine($"augment: {layout.Name} layout in {settings.Source}, {options.Copies} copies per input, seed {options.Seed}, {options.Threads} threads{share}");
        var clock = Stopwatch.StartNew();
        DatasetAugmentResult result;
        if (interactive)
        {
            result = null!;
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("augment");
                    var gate = new object();
                    result = augmenter.Run(layout, settings.Destination, p =>
                    {
                        lock (gate)
                        {
                            task.MaxValue = Math.Max(1, p.Total);
                            task.Value = p.Done;
                            task.Description = $"augment {Rate(p.Written, clock.Elapsed):F1} img/s";
                        }
                    }, cancellationToken);
                    task.Value = task.MaxValue;
                });
        }
        else
        {
            var plain = new PlainProgress(output, clock);
            result = augmenter.Run(layout, settings.Destination, plain.Report, cancellationToken);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"augment: {result.Inputs} inputs, {result.Written} written, {result.Kept} kept from an earlier run, {result.Failures.Count} failed, " +
            $"{clock.Elapsed.TotalSeconds:F1} s; manifest {Path.Combine(settings.Destination, shards > 1 ? AugmentManifest.ShardFileName(shard, shards) : AugmentManifest.FileName)}"));
        if (result.Failures.Count > 0)
        {
            output.WriteLine($"augment: {result.Failures.Count} failure(s):");
            foreach (var f in result.Failures)
            {
                output.WriteLine($"  {f.Path}: {f.Reason}");
            }
        }

        if (result.Cancelled)
        {
            output.WriteLine("augment: interrupted; run the same command with --resume to finish.");
        }

        return result.Failures.Count > 0 || result.Cancelled ? 1 : 0;
    }

    /// <summary>Builds the image pipeline from text or a JSON file.</summary>
    internal static ITransform<Sample> BuildPipeline(string? text, string? config, TransformRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (!string.IsNullOrWhiteSpace(config))
        {
            return registry.FromJson<Sample>(File.ReadAllText(config));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("give exactly one of --pipeline TEXT or --config FILE");
        }

        return registry.Parse<Sample>(text);
    }

    /// <summary>Parses <c>--shard i/n</c>; absent means the whole data set (0/1).</summary>
    internal static (int Index, int Count) ParseShard(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (0, 1);
        }

        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1 || i >= n)
        {
            throw new ArgumentException($"augment: --shard '{text}' is not i/n with 0 <= i < n (for example 0/4).");
        }

        return (i, n);
    }

    private static ImageFileFormat? ParseFormat(string? format) => format?.ToLowerInvariant() switch
    {
        null or "" or "same" => null,
        "png" => ImageFileFormat.Png,
        "jpeg" or "jpg" => ImageFileFormat.Jpeg,
        "webp" => ImageFileFormat.Webp,
        _ => throw new ArgumentException($"augment: --format '{format}' is not one of png, jpeg, webp."),
    };

    private static double Rate(int count, TimeSpan elapsed) => elapsed.TotalSeconds > 0 ? count / elapsed.TotalSeconds : 0;

    // Plain lines for logs and pipes: about every 10% of the inputs, with rate and ETA.
    private sealed class PlainProgress(TextWriter output, Stopwatch clock)
    {
        private readonly object _gate = new();
        private int _lastTenth = -1;

        public void Report(DatasetProgress p)
        {
            int tenth = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
            lock (_gate)
            {
                if (tenth <= _lastTenth)
                {
                    return;
                }

                _lastTenth = tenth;
                double inputRate = Rate(p.Done, clock.Elapsed);
                var eta = inputRate > 0 ? TimeSpan.FromSeconds((p.Total - p.Done) / inputRate) : TimeSpan.Zero;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"augment: {p.Done}/{p.Total} inputs ({100.0 * p.Done / Math.Max(1, p.Total):F0}%), {p.Written} written, {p.Failed} failed, " +
                    $"{Rate(p.Written, clock.Elapsed):F1} img/s, ETA {eta:hh\\:mm\\:ss}"));
            }
        }
    }
}
