using SharpAugment.Geometry;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Kernels;

namespace SharpAugment.Bench;

/// <summary>Prepares the benchmark inputs as the peers do: RGB, centre-cropped to a square, resized to size x size (bilinear, antialiased).</summary>
public static class BenchImages
{
    /// <summary>The image files of a folder (png, jpg, jpeg), sorted by name so every program sees the same order.</summary>
    public static string[] Files(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"bench: --images folder '{folder}' does not exist.");
        }

        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase)
                        || f.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new ArgumentException($"bench: --images folder '{folder}' holds no .png or .jpg file.");
        }

        return files;
    }

    /// <summary>Loads one file and prepares it.</summary>
    public static Image<byte> Load(string path, int size) => Prepare(ImageCodec.Load(path), size);

    /// <summary>RGB, centre square, size x size.</summary>
    public static Image<byte> Prepare(Image<byte> image, int size)
    {
        ArgumentNullException.ThrowIfNull(image);
        var rgb = ToRgb(image);
        int side = Math.Min(rgb.Width, rgb.Height);
        var square = SampleGeometry.CropImage(rgb, (rgb.Width - side) / 2, (rgb.Height - side) / 2, side, side, BorderMode.Constant, [0f, 0f, 0f]);
        return side == size ? square : SampleGeometry.ResizeImage(square, size, size, Interpolation.Bilinear, antialias: true);
    }

    /// <summary>Gray is repeated into three channels and alpha is dropped.</summary>
    public static Image<byte> ToRgb(Image<byte> image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Channels == 3)
        {
            return image;
        }

        var rgb = new Image<byte>(image.Width, image.Height, 3);
        var s = image.Pixels;
        var d = rgb.Pixels;
        int ch = image.Channels;
        for (int i = 0, n = image.Width * image.Height; i < n; i++)
        {
            for (int c = 0; c < 3; c++)
            {
                d[i * 3 + c] = s[i * ch + (ch < 3 ? 0 : c)];
            }
        }

        return rgb;
    }
}
