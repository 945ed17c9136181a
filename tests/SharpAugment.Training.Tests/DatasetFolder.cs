using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Randomness;

namespace SharpAugment.Training.Tests;

/// <summary>A temporary data set of small synthetic image files, deleted on Dispose.</summary>
internal sealed class DatasetFolder : IDisposable
{
    public DatasetFolder()
    {
        Root = Directory.CreateTempSubdirectory("sa-train-").FullName;
    }

    public string Root { get; }

    public string this[string relative] => Path.Combine(Root, relative);

    /// <summary>Seeded noise over a gradient, encoded by extension (PNG keeps gray and alpha, JPEG is lossy RGB or gray).</summary>
    public static Image<byte> Pixels(int width, int height, int channels, ulong seed)
    {
        var rng = new Rng(seed);
        var img = new Image<byte>(width, height, channels);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                for (int c = 0; c < channels; c++)
                {
                    img[x, y, c] = (byte)((((x * 5) + (y * 3) + (c * 70)) % 200) + rng.Next(56));
                }
            }
        }

        return img;
    }

    public void Image(string relative, int width, int height, int channels, ulong seed)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(this[relative])!);
        var img = Pixels(width, height, channels, seed);
        File.WriteAllBytes(this[relative], relative.EndsWith(".jpg", StringComparison.Ordinal) ? ImageCodec.EncodeJpeg(img, 90) : ImageCodec.EncodePng(img));
    }

    public void Text(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(this[relative])!);
        File.WriteAllText(this[relative], text);
    }

    /// <summary>An ImageFolder of <paramref name="perClass"/> images in each of three classes: sizes vary, and gray, RGB and RGBA files are mixed.</summary>
    public static DatasetFolder ImageFolder(int perClass)
    {
        var f = new DatasetFolder();
        string[] classes = ["ant", "bee", "cow"];
        for (int c = 0; c < classes.Length; c++)
        {
            for (int i = 0; i < perClass; i++)
            {
                int k = (c * perClass) + i;
                int channels = (k % 5) switch { 0 => 1, 1 => 4, _ => 3 };
                string ext = channels == 4 || k % 2 == 0 ? "png" : "jpg";
                f.Image($"{classes[c]}/img{i:D3}.{ext}", 40 + (k % 7 * 3), 32 + (k % 4 * 5), channels, (ulong)k + 1);
            }
        }

        return f;
    }

    public void Dispose() => Directory.Delete(Root, true);
}
