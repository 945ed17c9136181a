using SharpAugment.Imaging;
using SharpAugment.IO;
using SkiaSharp;

namespace SharpAugment.Imaging.Skia;

/// <summary>Decodes and encodes image files with SkiaSharp: straight to unpremultiplied gray, RGB or RGBA bytes, EXIF orientation applied.</summary>
public static class ImageCodec
{
    /// <summary>The default pixel limit (100 megapixels), checked before any pixel buffer is allocated.</summary>
    public const long DefaultMaxPixels = 100_000_000;

    /// <summary>Decodes a file; gray stays one channel, opaque colour becomes RGB, colour with alpha RGBA.</summary>
    /// <exception cref="InvalidDataException">The file is empty, corrupt, truncated, of an unknown format or over the pixel limit.</exception>
    public static Image<byte> Load(string path, long maxPixels = DefaultMaxPixels)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = File.ReadAllBytes(path);
        try
        {
            return Decode(bytes, maxPixels);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Decodes encoded bytes (see <see cref="Load"/>).</summary>
    public static Image<byte> Decode(ReadOnlySpan<byte> encoded, long maxPixels = DefaultMaxPixels)
    {
        if (encoded.IsEmpty)
        {
            throw new InvalidDataException("the file is empty");
        }

        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("not a decodable image (unknown format or corrupt header)");
        var info = codec.Info;
        if (info.Width < 1 || info.Height < 1)
        {
            throw new InvalidDataException($"invalid image size {info.Width}x{info.Height}");
        }

        if ((long)info.Width * info.Height > maxPixels)
        {
            throw new InvalidDataException($"{info.Width}x{info.Height} exceeds the pixel limit of {maxPixels} pixels");
        }

        bool gray = info.ColorType == SKColorType.Gray8;
        bool alpha = !gray && info.AlphaType != SKAlphaType.Opaque;
        var target = new SKImageInfo(info.Width, info.Height, gray ? SKColorType.Gray8 : SKColorType.Rgba8888,
            gray ? SKAlphaType.Opaque : SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(target);
        var result = codec.GetPixels(target, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw new InvalidDataException($"decoding failed: {result}");
        }

        if (result == SKCodecResult.IncompleteInput)
        {
            throw new InvalidDataException("the file is truncated");
        }

        int channels = gray ? 1 : alpha ? 4 : 3;
        var image = new Image<byte>(info.Width, info.Height, channels);
        var src = bitmap.GetPixelSpan();
        int rowBytes = bitmap.RowBytes;
        for (int y = 0; y < info.Height; y++)
        {
            var row = src.Slice(y * rowBytes, info.Width * (gray ? 1 : 4));
            var dst = image.Row(y);
            if (channels == 3)
            {
                for (int x = 0, s = 0, d = 0; x < info.Width; x++, s += 4, d += 3)
                {
                    dst[d] = row[s];
                    dst[d + 1] = row[s + 1];
                    dst[d + 2] = row[s + 2];
                }
            }
            else
            {
                row.CopyTo(dst);
            }
        }

        return ExifOrientation.Apply(image, codec.EncodedOrigin);
    }

    /// <summary>Encodes an image to PNG (gray, RGB or RGBA as its channels say; two channels are written as gray plus alpha in RGBA).</summary>
    public static byte[] EncodePng(Image<byte> image) => Encode(image, SKEncodedImageFormat.Png, 100);

    /// <summary>Encodes an image to JPEG at a quality of 1 to 100 (alpha is dropped).</summary>
    public static byte[] EncodeJpeg(Image<byte> image, int quality = 95) => Encode(image, SKEncodedImageFormat.Jpeg, quality);

    /// <summary>Encodes an image to WebP at a quality of 1 to 100 (100 is lossless).</summary>
    public static byte[] EncodeWebp(Image<byte> image, int quality = 90) => Encode(image, SKEncodedImageFormat.Webp, quality);

    /// <summary>Writes an image, choosing the format from the extension (.png, .jpg/.jpeg, .webp), through a temporary file renamed into place.</summary>
    public static void Save(Image<byte> image, string path, int quality = 95)
    {
        ArgumentNullException.ThrowIfNull(path);
        string ext = Path.GetExtension(path).ToLowerInvariant();
        byte[] bytes = ext switch
        {
            ".png" => EncodePng(image),
            ".jpg" or ".jpeg" => EncodeJpeg(image, quality),
            ".webp" => EncodeWebp(image, quality),
            _ => throw new ArgumentException($"cannot write '{ext}' files: use .png, .jpg or .webp", nameof(path)),
        };
        AtomicFile.WriteAllBytes(path, bytes);
    }

    private static byte[] Encode(Image<byte> image, SKEncodedImageFormat format, int quality)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (quality is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(quality), quality, "encode: quality must be 1 to 100.");
        }

        bool gray = image.Channels == 1;
        var info = new SKImageInfo(image.Width, image.Height, gray ? SKColorType.Gray8 : SKColorType.Rgba8888,
            gray ? SKAlphaType.Opaque : image.Channels == 4 || image.Channels == 2 ? SKAlphaType.Unpremul : SKAlphaType.Opaque);
        using var bitmap = new SKBitmap(info);
        var dst = bitmap.GetPixelSpan();
        int rowBytes = bitmap.RowBytes;
        for (int y = 0; y < image.Height; y++)
        {
            var src = image.Row(y);
            var row = dst.Slice(y * rowBytes);
            switch (image.Channels)
            {
                case 1:
                    src.CopyTo(row);
                    break;
                case 2:
                    for (int x = 0; x < image.Width; x++)
                    {
                        byte g = src[2 * x];
                        row[4 * x] = g;
                        row[4 * x + 1] = g;
                        row[4 * x + 2] = g;
                        row[4 * x + 3] = src[2 * x + 1];
                    }

                    break;
                case 3:
                    for (int x = 0; x < image.Width; x++)
                    {
                        row[4 * x] = src[3 * x];
                        row[4 * x + 1] = src[3 * x + 1];
                        row[4 * x + 2] = src[3 * x + 2];
                        row[4 * x + 3] = 255;
                    }

                    break;
                default:
                    src.CopyTo(row);
                    break;
            }
        }

        using var pixmap = bitmap.PeekPixels();
        using var encoded = pixmap.Encode(format, quality) ?? throw new InvalidOperationException($"SkiaSharp could not encode {format}.");
        return encoded.ToArray();
    }
}
