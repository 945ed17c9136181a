namespace SharpAugment.Imaging.Skia.Datasets;

/// <summary>Path helpers shared by the layouts: '/'-separated relative paths, sorted image listings, suffixed output names.</summary>
public static class DatasetPaths
{
    /// <summary>The absolute path of a '/'-separated relative path under a root.</summary>
    public static string Full(string root, string relative)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(relative);
        return Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>The '/'-separated path of <paramref name="path"/> relative to <paramref name="root"/>.</summary>
    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Every readable image under a folder (recursive), skipping hidden files and folders, sorted ordinally by relative path.</summary>
    public static IReadOnlyList<string> Images(string root, string folder)
    {
        var list = new List<string>();
        if (Directory.Exists(folder))
        {
            Collect(root, folder, list, images: true);
        }

        list.Sort(StringComparer.Ordinal);
        return list;
    }

    /// <summary>Every file with one of <paramref name="extensions"/> under a folder (recursive, hidden skipped), sorted, relative to <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Files(string root, string folder, params string[] extensions)
    {
        var list = new List<string>();
        if (Directory.Exists(folder))
        {
            Collect(root, folder, list, images: false);
        }

        list.RemoveAll(f => !extensions.Contains(Path.GetExtension(f).ToLowerInvariant()));
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    /// <summary>The relative path with <paramref name="suffix"/> after the stem and a new extension: <c>a/b.jpg</c> to <c>a/b_aug3.png</c>.</summary>
    public static string WithSuffix(string relative, string suffix, string extension)
    {
        ArgumentNullException.ThrowIfNull(relative);
        int slash = relative.LastIndexOf('/');
        string dir = slash >= 0 ? relative[..(slash + 1)] : string.Empty;
        string stem = Path.GetFileNameWithoutExtension(relative[(slash + 1)..]);
        return dir + stem + suffix + extension;
    }

    /// <summary>Replaces the first folder of a relative path (<c>images/a.jpg</c> to <c>labels/a.jpg</c>) and the extension.</summary>
    public static string Sibling(string relative, string fromFolder, string toFolder, string extension)
    {
        ArgumentNullException.ThrowIfNull(relative);
        ArgumentNullException.ThrowIfNull(fromFolder);
        if (!relative.StartsWith(fromFolder + "/", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{relative} is not under {fromFolder}/", nameof(relative));
        }

        string rest = relative[(fromFolder.Length + 1)..];
        return toFolder + "/" + Path.ChangeExtension(rest, extension);
    }

    private static void Collect(string root, string folder, List<string> list, bool images)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            string name = Path.GetFileName(file);
            if (!name.StartsWith('.') && (!images || ImageCodec.IsReadable(file)))
            {
                list.Add(Relative(root, file));
            }
        }

        foreach (var dir in Directory.EnumerateDirectories(folder))
        {
            if (!Path.GetFileName(dir).StartsWith('.'))
            {
                Collect(root, dir, list, images);
            }
        }
    }
}
