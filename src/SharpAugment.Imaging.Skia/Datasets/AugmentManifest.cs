using SharpAugment.IO;

namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>The run's <c>manifest.jsonl</c>: one line appended per finished output (after its files are renamed into place), rewritten sorted at the end.</summary>
/// <remarks>An output is complete when its manifest line exists and all its files exist; atomic renames guarantee no half-written
/// file carries a final name, and the line is written only after the renames, so a line implies complete files.</remarks>
public sealed class AugmentManifest : IDisposable
{
    /// <summary>The manifest's file name under the destination root.</summary>
    public const string FileName = "manifest.jsonl";

    private readonly string _path;
    private readonly string _dest;
    private readonly Dictionary<string, ManifestEntry> _entries = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private StreamWriter? _writer;

    /// <summary>The manifest of shard <paramref name="index"/> of <paramref name="count"/>: <c>manifest.shard-i-of-n.jsonl</c>.</summary>
    public static string ShardFileName(int index, int count) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"manifest.shard-{index}-of-{count}.jsonl");

    /// <summary>Opens the manifest <paramref name="fileName"/> of <paramref name="destRoot"/>: continues it (keeping complete entries) when resuming, else starts it empty.</summary>
    public AugmentManifest(string destRoot, bool resume, string fileName = FileName)
    {
        ArgumentNullException.ThrowIfNull(destRoot);
        ArgumentNullException.ThrowIfNull(fileName);
        _dest = destRoot;
        _path = Path.Combine(destRoot, fileName);
        if (resume && File.Exists(_path))
        {
            foreach (var line in File.ReadLines(_path))
            {
                var e = ManifestEntry.TryParse(line);
                if (e is not null && e.Output.Files.All(f => File.Exists(DatasetPaths.Full(destRoot, f))))
                {
                    _entries[e.Output.Image] = e;
                }
            }

            // Rewrite without the cut-off last line an interruption may leave, so appends start on a fresh line.
            AtomicFile.WriteAllText(_path, string.Concat(Sorted().Select(e => e.ToJsonLine() + "\n")));
            _writer = new StreamWriter(new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read));
        }
        else
        {
            _writer = new StreamWriter(new FileStream(_path, FileMode.Create, FileAccess.Write, FileShare.Read));
        }
    }

    /// <summary>Every entry (kept and new), sorted by output image path.</summary>
    public IReadOnlyList<ManifestEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return Sorted();
            }
        }
    }

    /// <summary>Whether an output image is complete (line present, files present).</summary>
    public bool IsComplete(string outputImage)
    {
        lock (_gate)
        {
            return _entries.ContainsKey(outputImage);
        }
    }

    /// <summary>Records a finished output: appends its line and flushes it.</summary>
    public void Append(ManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string line = entry.ToJsonLine();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_writer is null, this);
            _writer.Write(line + "\n");
            _writer.Flush();
            _entries[entry.Output.Image] = entry;
        }
    }

    /// <summary>Closes the append stream and rewrites the manifest sorted by output, so it does not depend on thread timing.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
            AtomicFile.WriteAllText(_path, string.Concat(Sorted().Select(e => e.ToJsonLine() + "\n")));
        }
    }

    /// <summary>Deletes temporary files an interrupted run left under the destination (hidden <c>.*.tmp</c> files of <see cref="AtomicFile"/>).</summary>
    public void DeleteTemporaries() => DeleteTemporaries(_ => true);

    /// <summary>Deletes the temporaries of the named files only (a shard must not delete the files other shards are writing now).</summary>
    public void DeleteTemporaries(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var prefixes = names.Select(n => "." + Path.GetFileName(n) + ".").ToHashSet(StringComparer.Ordinal);
        DeleteTemporaries(f => prefixes.Any(p => Path.GetFileName(f).StartsWith(p, StringComparison.Ordinal)));
    }

    private void DeleteTemporaries(Func<string, bool> which)
    {
        foreach (var f in Directory.EnumerateFiles(_dest, ".*.tmp", SearchOption.AllDirectories))
        {
            if (which(f))
            {
                File.Delete(f);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private ManifestEntry[] Sorted() => _entries.Values.OrderBy(e => e.Output.Image, StringComparer.Ordinal).ToArray();
}
