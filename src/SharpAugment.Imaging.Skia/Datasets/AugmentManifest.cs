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

    /// <summary>Opens the manifest of <paramref name="destRoot"/>: continues it (keeping complete entries) when resuming, else starts it empty.</summary>
    public AugmentManifest(string destRoot, bool resume)
    {
        ArgumentNullException.ThrowIfNull(destRoot);
        _dest = destRoot;
        _path = Path.Combine(destRoot, FileName);
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
    public void DeleteTemporaries()
    {
        foreach (var f in Directory.EnumerateFiles(_dest, ".*.tmp", SearchOption.AllDirectories))
        {
            File.Delete(f);
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
