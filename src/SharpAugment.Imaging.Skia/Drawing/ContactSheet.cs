using SkiaSharp;

namespace SharpAugment.Imaging.Skia.Drawing;

/// <summary>Draws samples side by side with their targets: boxes as rectangles, keypoints as dots, masks as tinted regions with outlines, captions under each tile.</summary>
/// <remarks>Text uses DejaVu Sans Mono bundled as a resource, so no system font or fontconfig is needed.</remarks>
public static class ContactSheet
{
    private const int CaptionLine = 14;

    private static readonly SKColor[] Palette =
    [
        new(230, 25, 75), new(60, 180, 75), new(255, 225, 25), new(0, 130, 200), new(245, 130, 48),
        new(145, 30, 180), new(70, 240, 240), new(240, 50, 230), new(210, 245, 60), new(250, 190, 212),
    ];

    private static readonly Lazy<SKTypeface> Font = new(LoadFont);

    /// <summary>The colour used for class or label <paramref name="id"/>.</summary>
    public static SKColor ColorOf(int id) => Palette[((id % Palette.Length) + Palette.Length) % Palette.Length];

    /// <summary>Renders tiles in a grid of <paramref name="columns"/> columns; each image is fitted into a <paramref name="tileSize"/> square.</summary>
    public static Image<byte> Render(IReadOnlyList<SheetTile> tiles, int columns, int tileSize = 256)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        if (tiles.Count == 0)
        {
            throw new ArgumentException("preview: there is nothing to draw.", nameof(tiles));
        }

        if (columns < 1 || tileSize is < 32 or > 4096)
        {
            throw new ArgumentOutOfRangeException(nameof(columns), "preview: columns must be >= 1 and the tile size 32 to 4096.");
        }

        int lines = tiles.Max(t => t.Caption.Count);
        int cellW = tileSize + 8, cellH = tileSize + 8 + lines * CaptionLine + 4;
        int rows = (tiles.Count + columns - 1) / columns;
        var info = new SKImageInfo(columns * cellW, rows * cellH, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("preview: could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(32, 32, 32));
        using var font = new SKFont(Font.Value, 11);
        using var textPaint = new SKPaint { Color = SKColors.White, IsAntialias = true };
        for (int i = 0; i < tiles.Count; i++)
        {
            float x0 = i % columns * cellW + 4, y0 = i / columns * cellH + 4;
            DrawTile(canvas, tiles[i].Sample, new SKRect(x0, y0, x0 + tileSize, y0 + tileSize));
            for (int l = 0; l < tiles[i].Caption.Count; l++)
            {
                canvas.DrawText(tiles[i].Caption[l], x0, y0 + tileSize + CaptionLine * (l + 1), SKTextAlign.Left, font, textPaint);
            }
        }

        using var snapshot = surface.Snapshot();
        var rgba = new Image<byte>(info.Width, info.Height, 4);
        var readInfo = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        unsafe
        {
            fixed (byte* p = rgba.Pixels)
            {
                if (!snapshot.ReadPixels(readInfo, (IntPtr)p, info.Width * 4, 0, 0))
                {
                    throw new InvalidOperationException("preview: could not read the drawing back.");
                }
            }
        }

        var rgb = new Image<byte>(info.Width, info.Height, 3);
        for (int p = 0, n = info.Width * info.Height; p < n; p++)
        {
            rgb.Pixels[3 * p] = rgba.Pixels[4 * p];
            rgb.Pixels[3 * p + 1] = rgba.Pixels[4 * p + 1];
            rgb.Pixels[3 * p + 2] = rgba.Pixels[4 * p + 2];
        }

        return rgb;
    }

    private static void DrawTile(SKCanvas canvas, Sample sample, SKRect cell)
    {
        var image = ImageConversions.ToBytes(sample.Image);
        float scale = Math.Min(cell.Width / image.Width, cell.Height / image.Height);
        float w = image.Width * scale, h = image.Height * scale;
        var dest = SKRect.Create(cell.Left + (cell.Width - w) / 2, cell.Top + (cell.Height - h) / 2, w, h);
        using (var bitmap = ToBitmap(image))
        using (var skImage = SKImage.FromBitmap(bitmap))
        {
            canvas.DrawImage(skImage, dest, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        foreach (var mask in sample.Masks)
        {
            using var overlay = MaskOverlay(mask);
            using var skOverlay = SKImage.FromBitmap(overlay);
            canvas.DrawImage(skOverlay, dest, new SKSamplingOptions(SKFilterMode.Nearest));
        }

        using var stroke = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = true };
        foreach (var b in sample.Boxes)
        {
            stroke.Color = ColorOf(b.Label);
            canvas.DrawRect(new SKRect(dest.Left + b.XMin * scale, dest.Top + b.YMin * scale, dest.Left + b.XMax * scale, dest.Top + b.YMax * scale), stroke);
        }

        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        foreach (var k in sample.Keypoints)
        {
            fill.Color = ColorOf(k.Label);
            canvas.DrawCircle(dest.Left + k.X * scale, dest.Top + k.Y * scale, 3.5f, fill);
            stroke.Color = SKColors.Black;
            stroke.StrokeWidth = 1;
            canvas.DrawCircle(dest.Left + k.X * scale, dest.Top + k.Y * scale, 3.5f, stroke);
            stroke.StrokeWidth = 2;
        }
    }

    private static SKBitmap ToBitmap(Image<byte> image)
    {
        var bitmap = new SKBitmap(new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var dst = bitmap.GetPixelSpan();
        var src = image.Pixels;
        int ch = image.Channels;
        for (int p = 0, n = image.Width * image.Height; p < n; p++)
        {
            byte r = src[p * ch], g = ch >= 3 ? src[p * ch + 1] : r, b = ch >= 3 ? src[p * ch + 2] : r;
            byte a = ch == 4 ? src[p * ch + 3] : ch == 2 ? src[p * ch + 1] : (byte)255;
            dst[4 * p] = r;
            dst[4 * p + 1] = g;
            dst[4 * p + 2] = b;
            dst[4 * p + 3] = a;
        }

        return bitmap;
    }

    // Class regions tinted at low opacity, class boundaries opaque, background (class 0) left clear.
    private static SKBitmap MaskOverlay(Image<byte> mask)
    {
        var bitmap = new SKBitmap(new SKImageInfo(mask.Width, mask.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var dst = bitmap.GetPixelSpan();
        int w = mask.Width, h = mask.Height;
        var m = mask.Pixels;
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                int i = y * w + x;
                byte c = m[i];
                bool edge = (x + 1 < w && m[i + 1] != c) || (y + 1 < h && m[i + w] != c) || (x > 0 && m[i - 1] != c) || (y > 0 && m[i - w] != c);
                var color = ColorOf(c == 0 && edge ? MaxNeighbour(m, x, y, w, h) : c);
                dst[4 * i] = color.Red;
                dst[4 * i + 1] = color.Green;
                dst[4 * i + 2] = color.Blue;
                dst[4 * i + 3] = edge ? (byte)255 : c == 0 ? (byte)0 : (byte)70;
            }
        }

        return bitmap;
    }

    private static int MaxNeighbour(byte[] m, int x, int y, int w, int h)
    {
        int i = y * w + x, best = 0;
        if (x + 1 < w) best = Math.Max(best, m[i + 1]);
        if (x > 0) best = Math.Max(best, m[i - 1]);
        if (y + 1 < h) best = Math.Max(best, m[i + w]);
        if (y > 0) best = Math.Max(best, m[i - w]);
        return best;
    }

    private static SKTypeface LoadFont()
    {
        using var stream = typeof(ContactSheet).Assembly.GetManifestResourceStream("SharpAugment.Imaging.Skia.Drawing.Fonts.DejaVuSansMono.ttf")
            ?? throw new InvalidOperationException("preview: the bundled font resource is missing.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("preview: the bundled font could not be loaded.");
    }
}
