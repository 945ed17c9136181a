using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Randomness;

namespace SharpAugment.Tests.Cli;

/// <summary>A temporary folder for end-to-end command tests, deleted afterwards.</summary>
internal sealed class CliFolder : IDisposable
{
    public CliFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "sa-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string this[string relative] => Path.Combine(Root, relative);

    public void Image(string relative, int width, int height, ulong seed)
    {
        var rng = new Rng(seed);
        var img = new Image<byte>(width, height, 3);
        for (int i = 0; i < img.Pixels.Length; i++)
        {
            img.Pixels[i] = (byte)rng.Next(256);
        }

        ImageCodec.Save(img, this[relative]);
    }

    public void Text(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(this[relative])!);
        File.WriteAllText(this[relative], text);
    }

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
