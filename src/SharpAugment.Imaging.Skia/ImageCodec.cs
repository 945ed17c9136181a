using System.Buffers;
using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.IO;
using SkiaSharp;

namespace SharpAugment.Imaging.Skia;

/// <summary>Decodes and encodes image files with SkiaSharp: straight to unpremultiplied gray, RGB or RGBA bytes, EXIF orientation applied.</summary>
public static class ImageCodec
{
    /// <summary>The default PNG zlib level, as libpng and Pillow.</summary>
    public const int DefaultPngLevel = 6;

    /// <summary>The default pixel limit (100 megapixels), checked before any pixel buffer is allocated.</summary>
    public const long DefaultMaxPixels = SharpAugment.Pipelines.ResourceLimits.DefaultMaxPixels;

    /// <summary>The file extensions the codec reads, lower case with the dot.</summary>
    public static IReadOnlyList<string> ReadableExtensions { get; } = [".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif"];

    /// <summary>Whether a path has an extension the codec reads.</summary>
    public static bool IsReadable(string path) =>
        ReadableExtensions.Contains(Path.GetExtension(path ?? throw new ArgumentNullException(nameof(path))).ToLowerInvariant());

    /// <summary>Decodes a file; gray stays one channel, opaque colour becomes RGB, colour with alpha RGBA; 16-bit PNG is rounded to 8 bits; GIF gives its first frame.</summary>
    /// <exception cref="InvalidDataException">The file is empty, corrupt, truncated, of an unknown format or over the pixel limit.</exception>
    public static Image<byte> Load(string path, long maxPixels = DefaultMaxPixels) => LoadWith(path, bytes => Decode(bytes, maxPixels));

    /// <summary>Decodes a file to float pixels in [0, 1], keeping more than 8 bits of a 16-bit PNG (colour goes through half floats, 11 significant bits; Skia reads 16-bit gray as 8 bits).</summary>
    public static Image<float> LoadFloat(string path, long maxPixels = DefaultMaxPixels) => LoadWith(path, bytes => DecodeFloat(bytes, maxPixels));

    /// <summary>Decodes encoded bytes (see <see cref="Load"/>).</summary>
    public static Image<byte> Decode(ReadOnlySpan<byte> encoded, long maxPixels = DefaultMaxPixels)
    {
        using var data = Open(encoded, maxPixels, out var codec, out int channels);
        using (codec)
        {
            var info = codec.Info;
            var target = new SKImageInfo(info.Width, info.Height, channels == 1 ? SKColorType.Gray8 : SKColorType.Rgba8888,
                channels == 1 ? SKAlphaType.Opaque : SKAlphaType.Unpremul);
            var image = Image<byte>.CreateUninitialized(info.Width, info.Height, channels);
            if (channels == 3)
            {
                // Skia has no 3-byte colour type: decode RGBA into scratch, then drop the alpha bytes in one vector pass.
                int pixels = info.Width * info.Height;
                byte[] scratch = ArrayPool<byte>.Shared.Rent(4 * pixels);
                try
                {
                    DecodeInto(codec, target, scratch);
                    PixelPacking.RgbaToRgb(scratch, image.Pixels, pixels);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(scratch);
                }
            }
            else
            {
                // Gray8 and unpremultiplied RGBA rows are exactly our layout: decode straight into the image.
                DecodeInto(codec, target, image.Pixels);
            }

            return ExifOrientation.Apply(image, codec.EncodedOrigin);
        }
    }

    /// <summary>
    /// A full-size image whose pixels are exact inside <paramref name="window"/> and unspecified outside it: baseline and
    /// progressive JPEGs without EXIF rotation decode only the window's rows and (with a margin that keeps chroma
    /// upsampling identical) its columns; other files decode whole. Window pixels equal <see cref="Decode"/>'s.
    /// </summary>
    public static Image<byte> DecodeWindow(ReadOnlySpan<byte> encoded, PixelWindow window, long maxPixels = DefaultMaxPixels)
    {
        using (var data = Open(encoded, maxPixels, out var codec, out int channels))
        using (codec)
        {
            var info = codec.Info;
            bool inside = window.X >= 0 && window.Y >= 0 && window.Width > 0 && window.Height > 0 &&
                          window.X + window.Width <= info.Width && window.Y + window.Height <= info.Height;
            if (inside && channels != 4 && codec.EncodedFormat == SKEncodedImageFormat.Jpeg &&
                codec.EncodedOrigin == SKEncodedOrigin.TopLeft && codec.ScanlineOrder == SKCodecScanlineOrder.TopDown)
            {
                var image = Image<byte>.CreateUninitialized(info.Width, info.Height, channels);
                if (TryDecodeRows(codec, channels, window, image))
                {
                    return image;
                }

                image.Recycle();
            }
        }

        return Decode(encoded, maxPixels);
    }

    // Columns decoded on each side of a window: libjpeg-turbo's column cropping starts at an iMCU boundary (at most 32
    // pixels wide) and upsamples chroma at the crop edge from the edge itself, so the window keeps real neighbours.
    private const int WindowMargin = 32;

    private static unsafe bool TryDecodeRows(SKCodec codec, int channels, PixelWindow window, Image<byte> image)
    {
        var info = codec.Info;
        int sx = Math.Max(0, window.X - WindowMargin), sx2 = Math.Min(info.Width, window.X + window.Width + WindowMargin);
        var target = new SKImageInfo(info.Width, info.Height, channels == 1 ? SKColorType.Gray8 : SKColorType.Rgba8888,
            channels == 1 ? SKAlphaType.Opaque : SKAlphaType.Unpremul);
        if (codec.StartScanlineDecode(target, new SKCodecOptions(new SKRectI(sx, 0, sx2, info.Height))) != SKCodecResult.Success)
        {
            return false;
        }

        if (window.Y > 0 && !codec.SkipScanlines(window.Y))
        {
            throw new InvalidDataException("the file is truncated");
        }

        int columns = sx2 - sx, rowBytes = columns * (channels == 1 ? 1 : 4);
        byte[] scratch = ArrayPool<byte>.Shared.Rent(rowBytes);
        try
        {
            fixed (byte* row = scratch)
            {
                for (int y = window.Y; y < window.Y + window.Height; y++)
                {
                    if (codec.GetScanlines((IntPtr)row, 1, rowBytes) != 1)
                    {
                        throw new InvalidDataException("the file is truncated");
                    }

                    var dst = image.Row(y).Slice(sx * channels, columns * channels);
                    if (channels == 1)
                    {
                        scratch.AsSpan(0, columns).CopyTo(dst);
                    }
                    else
                    {
                        PixelPacking.RgbaToRgb(scratch, dst, columns);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }

        return true;
    }

    /// <summary>Reads only the header: the size after EXIF orientation and the channel count <see cref="Decode"/> would give.</summary>
    public static (int Width, int Height, int Channels) ReadHeader(ReadOnlySpan<byte> encoded, long maxPixels = DefaultMaxPixels)
    {
        using var data = Open(encoded, maxPixels, out var codec, out int channels);
        using (codec)
        {
            var info = codec.Info;
            bool swaps = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
            return swaps ? (info.Height, info.Width, channels) : (info.Width, info.Height, channels);
        }
    }

    /// <summary>Decodes encoded bytes to float pixels in [0, 1] (see <see cref="LoadFloat"/>).</summary>
    public static Image<float> DecodeFloat(ReadOnlySpan<byte> encoded, long maxPixels = DefaultMaxPixels)
    {
        using var data = Open(encoded, maxPixels, out var codec, out int channels);
        using (codec)
        {
            var info = codec.Info;
            // Skia's codecs convert only to 8-bit or half-float targets; half keeps 11 significant bits of a 16-bit PNG.
            var target = new SKImageInfo(info.Width, info.Height, SKColorType.RgbaF16, SKAlphaType.Unpremul);
            using var bitmap = new SKBitmap(target);
            Check(codec.GetPixels(target, bitmap.GetPixels()));
            var image = new Image<float>(info.Width, info.Height, channels);
            var src = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bitmap.GetPixelSpan());
            int rowValues = bitmap.RowBytes / 2;
            for (int y = 0; y < info.Height; y++)
            {
                var row = src.Slice(y * rowValues, info.Width * 4);
                var dst = image.Row(y);
                for (int x = 0; x < info.Width; x++)
                {
                    for (int c = 0; c < channels; c++)
                    {
                        dst[x * channels + c] = Math.Clamp((float)row[4 * x + c], 0f, 1f);
                    }
                }
            }

            return ExifOrientation.Apply(image, codec.EncodedOrigin);
        }
    }

    // Reads the whole file (its size bounds the memory, the header check bounds the pixels) and names the file in decode errors.
    private static T LoadWith<T>(string path, Func<byte[], T> decode)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = File.ReadAllBytes(path);
        try
        {
            return decode(bytes);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private static unsafe void DecodeInto(SKCodec codec, SKImageInfo target, byte[] pixels)
    {
        fixed (byte* p = pixels)
        {
            Check(codec.GetPixels(target, (IntPtr)p));
        }
    }

    private static SKData Open(ReadOnlySpan<byte> encoded, long maxPixels, out SKCodec codec, out int channels)
    {
        if (encoded.IsEmpty)
        {
            throw new InvalidDataException("the file is empty");
        }

        var data = SKData.CreateCopy(encoded);
        codec = SKCodec.Create(data)!;
        if (codec is null)
        {
            data.Dispose();
            throw new InvalidDataException("not a decodable image (unknown format or corrupt header)");
        }

        var info = codec.Info;
        if (info.Width < 1 || info.Height < 1 || (long)info.Width * info.Height > maxPixels)
        {
            string message = info.Width < 1 || info.Height < 1
                ? $"invalid image size {info.Width}x{info.Height}"
                : $"{info.Width}x{info.Height} exceeds the pixel limit of {maxPixels} pixels";
            codec.Dispose();
            data.Dispose();
            throw new InvalidDataException(message);
        }

        bool gray = info.ColorType is SKColorType.Gray8 || IsGrayPng(encoded);
        bool alpha = !gray && info.AlphaType != SKAlphaType.Opaque;
        channels = gray ? 1 : alpha ? 4 : 3;
        return data;
    }

    // Skia reports 16-bit gray PNGs as a colour type; the PNG header's colour type (byte 25) says gray without alpha.
    private static bool IsGrayPng(ReadOnlySpan<byte> encoded) =>
        encoded.Length > 25 && encoded[0] == 0x89 && encoded[1] == (byte)'P' && encoded[2] == (byte)'N' && encoded[3] == (byte)'G' &&
        encoded[25] == 0;

    private static void Check(SKCodecResult result)
    {
        if (result == SKCodecResult.IncompleteInput)
        {
            throw new InvalidDataException("the file is truncated");
        }

        if (result != SKCodecResult.Success)
        {
            throw new InvalidDataException($"decoding failed: {result}");
        }
    }

    /// <summary>Encodes an image to PNG (gray, RGB or RGBA as its channels say; two channels are written as gray plus alpha in RGBA).</summary>
    /// <param name="image">The image.</param>
    /// <param name="compressionLevel">zlib level 0 (fastest, largest) to 9; 6 is libpng's and Pillow's default.</param>
    public static byte[] EncodePng(Image<byte> image, int compressionLevel = DefaultPngLevel)
    {
        if (compressionLevel is < 0 or > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(compressionLevel), compressionLevel, "encode: PNG compression level must be 0 to 9.");
        }

        return EncodeSkia(image, SKEncodedImageFormat.Png, compressionLevel);
    }

    /// <summary>Encodes an image to JPEG at a quality of 1 to 100 (alpha is dropped).</summary>
    public static byte[] EncodeJpeg(Image<byte> image, int quality = 95) => EncodeSkia(image, SKEncodedImageFormat.Jpeg, quality);

    /// <summary>Encodes an image to WebP at a quality of 1 to 100 (100 is lossless).</summary>
    public static byte[] EncodeWebp(Image<byte> image, int quality = 90) => EncodeSkia(image, SKEncodedImageFormat.Webp, quality);

    /// <summary>Encodes an image in a given format (quality for JPEG and WebP, zlib level for PNG).</summary>
    public static byte[] Encode(Image<byte> image, ImageFileFormat format, int quality = 95, int pngLevel = DefaultPngLevel) => format switch
    {
        ImageFileFormat.Png => EncodePng(image, pngLevel),
        ImageFileFormat.Jpeg => EncodeJpeg(image, quality),
        ImageFileFormat.Webp => EncodeWebp(image, quality),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "encode: unknown format."),
    };

    /// <summary>The format a file name asks for (.png, .jpg/.jpeg, .webp), or null when the codec cannot write it (.bmp, .gif).</summary>
    public static ImageFileFormat? FormatFromExtension(string path) =>
        Path.GetExtension(path ?? throw new ArgumentNullException(nameof(path))).ToLowerInvariant() switch
        {
            ".png" => ImageFileFormat.Png,
            ".jpg" or ".jpeg" => ImageFileFormat.Jpeg,
            ".webp" => ImageFileFormat.Webp,
            _ => null,
        };

    /// <summary>The usual extension of a format, with the dot.</summary>
    public static string Extension(ImageFileFormat format) => format switch
    {
        ImageFileFormat.Png => ".png",
        ImageFileFormat.Jpeg => ".jpg",
        ImageFileFormat.Webp => ".webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Writes an image, choosing the format from the extension (.png, .jpg/.jpeg, .webp), through a temporary file renamed into place.</summary>
    public static void Save(Image<byte> image, string path, int quality = 95)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = FormatFromExtension(path)
            ?? throw new ArgumentException($"cannot write '{Path.GetExtension(path)}' files: use .png, .jpg or .webp", nameof(path));
        byte[] bytes = Encode(image, format, quality);
        AtomicFile.WriteAllBytes(path, bytes);
    }

    private static byte[] EncodeSkia(Image<byte> image, SKEncodedImageFormat format, int quality)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (format != SKEncodedImageFormat.Png && quality is < 1 or > 100)
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
        // For PNG, quality carries the zlib level; adaptive filtering as Skia's (and libpng's) default.
        using var encoded = (format == SKEncodedImageFormat.Png
            ? pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, quality))
            : pixmap.Encode(format, quality)) ?? throw new InvalidOperationException($"SkiaSharp could not encode {format}.");
        return encoded.ToArray();
    }
}
