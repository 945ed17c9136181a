using SharpAugment.Imaging.Skia;
using SharpAugment.Randomness;

namespace SharpAugment.Imaging.Skia.Tests.Datasets;

/// <summary>A temporary folder deleted after the test, with helpers to lay out small data sets.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "sa-ds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string this[string relative] => Path.Combine(Root, relative);

    public static Image<byte> Noise(int width, int height, int channels, ulong seed)
    {
        var rng = new Rng(seed);
        var img = new Image<byte>(width, height, channels);
        for (int i = 0; i < img.Pixels.Length; i++)
        {
            img.Pixels[i] = (byte)rng.Next(256);
        }

        return img;
    }

    public void Image(string relative, int width, int height, ulong seed, int channels = 3) =>
        ImageCodec.Save(Noise(width, height, channels, seed), this[relative]);

    public void Text(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(this[relative])!);
        File.WriteAllText(this[relative], text);
    }

    /// <summary>Every file under a folder as relative path to bytes.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
