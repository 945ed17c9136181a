using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpAugment.IO;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>Augments a whole data set: N copies of every input written under the destination in the same layout, in parallel, deterministically, resumably.</summary>
/// <remarks>
/// Copy k of the input at relative path r draws from <c>Rng.ForSample(seed, epoch: k, index: StreamIndex(r))</c>, where the index
/// is a 63-bit FNV-1a hash of r. Outputs therefore depend only on the seed, the pipeline and that input: not on the thread
/// count, not on the other files (adding or removing files leaves every other output unchanged).
/// Threads split the inputs (Parallel.ForEach); each input is decoded once and its copies made in order.
/// With <see cref="DatasetAugmentOptions.ShardCount"/> n &gt; 1, a run makes only the outputs of the inputs at positions
/// i, i + n, ... of the sorted input list (the same files a single run writes there) and records them in
/// <c>manifest.shard-i-of-n.jsonl</c>; the shard that finishes last writes what belongs to the whole data set
/// (<c>manifest.jsonl</c>, COCO's JSON, YOLO's class list), so the union of the shards is the single run byte for byte.
/// </remarks>
public sealed class DatasetAugmenter
{
    /// <summary>The run description file under the destination, checked by --resume.</summary>
    public const string RunFileName = "augment.json";

    private readonly ITransform<Sample> _pipeline;
    private readonly DatasetAugmentOptions _options;

    /// <summary>Prepares a run of <paramref name="pipeline"/> with <paramref name="options"/>.</summary>
    public DatasetAugmenter(ITransform<Sample> pipeline, DatasetAugmentOptions options)
    {
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
    }

    /// <summary>The Rng index of an input: a 63-bit FNV-1a hash of its '/'-separated relative path.</summary>
    public static long StreamIndex(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ulong h = 0xCBF29CE484222325UL;
        foreach (byte b in Encoding.UTF8.GetBytes(relativePath))
        {
            h = (h ^ b) * 0x100000001B3UL;
        }

        return (long)(h & long.MaxValue);
    }

    /// <summary>The marker a shard writes once its manifest is complete, so the last shard knows it may finish the data set.</summary>
    public static string ShardDoneFileName(int index, int count) => Path.ChangeExtension(AugmentManifest.ShardFileName(index, count), ".done");

    /// <summary>The file-name suffix of copy k.</summary>
    public static string Suffix(int copy) => "_aug" + copy.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Refuses a destination equal to, inside, or containing the source, so the source can never be written.</summary>
    public static void CheckSeparate(string source, string destination)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        string s = Canonical(source), d = Canonical(destination);
        var cmp = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (d.StartsWith(s, cmp))
        {
            throw new ArgumentException($"augment: DEST '{destination}' is inside SRC '{source}'; choose a folder outside the source (the source is never modified).");
        }

        if (s.StartsWith(d, cmp))
        {
            throw new ArgumentException($"augment: SRC '{source}' is inside DEST '{destination}'; choose a destination that does not contain the source.");
        }
    }

    private static string Canonical(string path)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full) && new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            full = Path.GetFullPath(target.FullName);
        }

        return Path.TrimEndingDirectorySeparator(full) + Path.DirectorySeparatorChar;
    }

    /// <summary>Runs the augmentation of <paramref name="layout"/> into <paramref name="destination"/>.</summary>
    /// <param name="layout">The source data set.</param>
    /// <param name="destination">The destination root (created if needed).</param>
    /// <param name="progress">Called after each input (from worker threads), or null.</param>
    /// <param name="cancellationToken">Stops the run between inputs; the manifest then allows --resume.</param>
    public DatasetAugmentResult Run(DatasetLayout layout, string destination, Action<DatasetProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(destination);
        CheckSeparate(layout.Root, destination);
        string dest = Path.GetFullPath(destination);
        var scan = layout.Scan();
        int shard = _options.ShardIndex, shards = _options.ShardCount;
        bool sharded = shards > 1;

        // The files the layout refused are reported once, by shard 0.
        var failures = new ConcurrentBag<DatasetProblem>(shard == 0 ? scan.Problems : []);
        Directory.CreateDirectory(dest);
        WriteRunFile(layout, dest);
        var items = scan.Items;
        var mine = Enumerable.Range(0, items.Count).Where(i => i % shards == shard).ToArray();
        var plans = Plan(layout, items, i => i % shards == shard, failures);
        int done = 0, written = 0, kept = 0;
        bool cancelled = false;
        string manifestName = sharded ? AugmentManifest.ShardFileName(shard, shards) : AugmentManifest.FileName;
        if (sharded)
        {
            File.Delete(Path.Combine(dest, ShardDoneFileName(shard, shards)));
        }

        using var manifest = new AugmentManifest(dest, _options.Resume, manifestName);
        if (_options.Resume)
        {
            if (sharded)
            {
                manifest.DeleteTemporaries(mine.SelectMany(i => plans[i].Select(p => p.Image)).Append(manifestName));
            }
            else
            {
                manifest.DeleteTemporaries();
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Threads, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, mine.Length, parallel, j =>
            {
                int i = mine[j];
                var (w, k) = Process(layout, dest, items[i], plans[i], manifest, failures, cancellationToken);
                Interlocked.Add(ref written, w);
                Interlocked.Add(ref kept, k);
                int d = Interlocked.Increment(ref done);
                progress?.Invoke(new DatasetProgress(d, mine.Length, Volatile.Read(ref written), Volatile.Read(ref kept), failures.Count));
            });
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
        }

        if (!cancelled)
        {
            manifest.Complete();
            if (sharded)
            {
                AtomicFile.WriteAllText(Path.Combine(dest, ShardDoneFileName(shard, shards)), string.Empty);
                FinishIfLastShard(layout, dest, shards);
            }
            else
            {
                layout.Finish(dest, manifest.Entries.Select(e => e.Output).ToArray());
            }
        }

        var sorted = failures.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Reason, StringComparer.Ordinal).ToArray();
        return new DatasetAugmentResult(layout.Name, mine.Length, written, kept, sorted, cancelled);
    }

    // Every shard marks itself done before looking, so at least the last one to finish sees all n markers; two that finish
    // together both write the same bytes (each file atomically).
    private static void FinishIfLastShard(DatasetLayout layout, string dest, int shards)
    {
        if (!Enumerable.Range(0, shards).All(s => File.Exists(Path.Combine(dest, ShardDoneFileName(s, shards)))))
        {
            return;
        }

        var lines = new List<(string Image, string Line, DatasetOutput Output)>();
        for (int s = 0; s < shards; s++)
        {
            foreach (var line in File.ReadLines(Path.Combine(dest, AugmentManifest.ShardFileName(s, shards))))
            {
                if (ManifestEntry.TryParse(line) is { } e)
                {
                    lines.Add((e.Output.Image, line, e.Output));
                }
            }
        }

        lines.Sort((a, b) => string.CompareOrdinal(a.Image, b.Image));
        AtomicFile.WriteAllText(Path.Combine(dest, AugmentManifest.FileName), string.Concat(lines.Select(l => l.Line + "\n")));
        layout.Finish(dest, lines.Select(l => l.Output).ToArray());
    }

    // Output image paths per input: -1 is the unchanged original, k >= 0 copy k. Two inputs aiming at one path are refused
    // (decided over every input, so each shard refuses exactly what a single run refuses; reported by the input's shard).
    private List<(int Copy, string Image)>[] Plan(DatasetLayout layout, IReadOnlyList<DatasetItem> items, Func<int, bool> reports, ConcurrentBag<DatasetProblem> failures)
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        var plans = new List<(int, string)>[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            plans[i] = [];
            for (int k = _options.IncludeOriginals ? -1 : 0; k < _options.Copies; k++)
            {
                string image = k < 0 ? item.RelativePath : layout.OutputImage(item, Suffix(k), _options.Output);
                if (owner.TryGetValue(image, out var other))
                {
                    if (!reports(i))
                    {
                        continue;
                    }

                    failures.Add(new DatasetProblem(item.RelativePath, $"output {image} would overwrite the output of {other}: skipped (rename one input)"));
                    continue;
                }

                owner[image] = item.RelativePath;
                plans[i].Add((k, image));
            }
        }

        return plans;
    }

    private (int Written, int Kept) Process(DatasetLayout layout, string dest, DatasetItem item, List<(int Copy, string Image)> plan,
        AugmentManifest manifest, ConcurrentBag<DatasetProblem> failures, CancellationToken cancellationToken)
    {
        var todo = plan.Where(p => !(_options.Resume && manifest.IsComplete(p.Image))).ToArray();
        int kept = plan.Count - todo.Length, written = 0;
        if (todo.Length == 0)
        {
            return (0, kept);
        }

        Sample sample;
        try
        {
            sample = layout.Load(item, _options.MaxPixels);
            sample.Validate();
        }
        catch (Exception e) when (IsDataError(e))
        {
            failures.Add(new DatasetProblem(item.RelativePath, Reason(e, layout.Root)));
            return (0, kept);
        }

        long stream = StreamIndex(item.RelativePath);
        foreach (var (copy, _) in todo)
        {
            try
            {
                ManifestEntry entry;
                if (copy < 0)
                {
                    entry = new ManifestEntry(item.RelativePath, null, _options.Seed, stream, layout.CopyOriginal(dest, item), null);
                }
                else
                {
                    var tape = new List<SampledStep>();
                    var limits = new ResourceLimits { MaxPixels = _options.MaxPixels, TimeBudget = _options.TimeBudget };
                    using var budget = limits.StartBudget(cancellationToken);
                    var context = new AugmentContext(Rng.ForSample(_options.Seed, copy, stream), tape) { Limits = limits, CancellationToken = budget.Token };
                    var result = _pipeline.Apply(sample, context);
                    var output = layout.Write(dest, item, Suffix(copy), result, _options.Output);
                    entry = new ManifestEntry(item.RelativePath, copy, _options.Seed, stream, output, ReplayTape.ToJson(tape));
                }

                manifest.Append(entry);
                written++;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The run is being cancelled: this copy is abandoned unwritten (a resumed run makes it) and the loop stops.
                break;
            }
            catch (OperationCanceledException) when (_options.TimeBudget is not null)
            {
                // The copy's own time budget ran out, not the run: list it and go on with the next.
                string seconds = _options.TimeBudget.Value.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                failures.Add(new DatasetProblem($"{item.RelativePath} (copy {copy.ToString(System.Globalization.CultureInfo.InvariantCulture)})", $"stopped: over the {seconds} s time limit"));
            }
            catch (Exception e) when (IsDataError(e))
            {
                string what = copy < 0 ? "original" : "copy " + copy.ToString(System.Globalization.CultureInfo.InvariantCulture);
                failures.Add(new DatasetProblem($"{item.RelativePath} ({what})", Reason(e, layout.Root)));
            }
        }

        return (written, kept);
    }

    private static bool IsDataError(Exception e) => e is InvalidDataException or IOException or UnauthorizedAccessException or FormatException
        or JsonException or ArgumentException or NotSupportedException or InvalidOperationException or KeyNotFoundException;

    private static string Reason(Exception e, string root)
    {
        // Decoders prefix the absolute path; the summary already names the input.
        string m = e.Message;
        int cut = m.StartsWith(root, StringComparison.Ordinal) ? m.IndexOf(": ", StringComparison.Ordinal) : -1;
        return cut >= 0 ? m[(cut + 2)..] : m;
    }

    private void WriteRunFile(DatasetLayout layout, string dest)
    {
        var run = new JsonObject
        {
            ["layout"] = layout.Name,
            ["seed"] = _options.Seed,
            ["format"] = _options.Output.Format?.ToString().ToLowerInvariant() ?? "same",
            ["quality"] = _options.Output.Quality,
            ["png_level"] = _options.Output.PngLevel,
            ["pipeline"] = PipelineJson.ToNode(_pipeline.ToSpec()),
        };
        string text = run.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        string path = Path.Combine(dest, RunFileName);
        if (_options.Resume && File.Exists(path))
        {
            var old = JsonNode.Parse(File.ReadAllText(path));
            if (!JsonNode.DeepEquals(old, JsonNode.Parse(text)))
            {
                throw new InvalidOperationException(
                    $"augment --resume: {path} records another layout, seed, format, quality or pipeline; resume with the same settings or choose a new DEST.");
            }

            return;
        }

        AtomicFile.WriteAllText(path, text);
    }
}
