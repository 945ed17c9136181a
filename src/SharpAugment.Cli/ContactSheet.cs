using SharpAugment.Imaging;

namespace SharpAugment.Cli;

/// <summary>Lays images out on a grid (rows of tiles on a light background) so a command can show several results in one PNG.</summary>
public static class ContactSheet
{
    /// <summary>Places each row's tiles left to right, rows top to bottom, with a gap; gray tiles become RGB, alpha is dropped.</summary>
    public static Image<byte> Compose(IReadOnlyList<IReadOnlyList<Image<byte>>> rows, int gap = 6, byte background = 235)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int width = 0;
        int height = gap;
        foreach (var row in rows)
        {
            int w = gap;
            int h = 0;
            foreach (var t in row)
            {
                w += t.Width + gap;
                h = Math.Max(h, t.Height);
            }

            width = Math.Max(width, w);
            height += h + gap;
        }

        if (width <= gap || height <= gap)
        {
            throw new ArgumentException("ContactSheet: nothing to lay out.", nameof(rows));
        }

        var sheet = new Image<byte>(width, height, 3);
        sheet.Pixels.AsSpan().Fill(background);
        int y0 = gap;
        foreach (var row in rows)
        {
            int x0 = gap;
            int rowHeight = 0;
            foreach (var t in row)
            {
                Blit(t, sheet, x0, y0);
                x0 += t.Width + gap;
                rowHeight = Math.Max(rowHeight, t.Height);
            }

            y0 += rowHeight + gap;
        }

        return sheet;
    }

    private static void Blit(Image<byte> tile, Image<byte> sheet, int x0, int y0)
    {
        int c = tile.Channels;
        for (int y = 0; y < tile.Height; y++)
        {
            var src = tile.Row(y);
            var dst = sheet.Row(y0 + y).Slice(x0 * 3, tile.Width * 3);
            for (int x = 0; x < tile.Width; x++)
            {
                for (int k = 0; k < 3; k++)
                {
                    dst[x * 3 + k] = src[x * c + (c >= 3 ? k : 0)];
                }
            }
        }
    }
}
