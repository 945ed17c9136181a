using SharpAugment.Imaging.Skia.Drawing;

namespace SharpAugment.Imaging.Skia.Tests.Drawing;

public class ContactSheetTests
{
    private static Sample Gray(int value)
    {
        var img = new Image<byte>(64, 64, 3);
        img.Pixels.AsSpan().Fill((byte)value);
        return new Sample(img);
    }

    private static int BrightPixels(Image<byte> sheet, int y0, int y1)
    {
        int n = 0;
        for (int y = y0; y < y1; y++)
        {
            for (int x = 0; x < sheet.Width; x++)
            {
                n += sheet[x, y, 0] > 200 && sheet[x, y, 1] > 200 && sheet[x, y, 2] > 200 ? 1 : 0;
            }
        }

        return n;
    }

    [Fact]
    public void Captions_are_drawn_with_the_bundled_font()
    {
        var withText = ContactSheet.Render([new SheetTile(Gray(0), ["HELLO 123"])], 1, 64);
        var blank = ContactSheet.Render([new SheetTile(Gray(0), [" "])], 1, 64);
        Assert.Equal(blank.Height, withText.Height);
        // The caption band lies below the 4-pixel margin and the 64-pixel tile; white glyph pixels appear only with text.
        Assert.True(BrightPixels(withText, 68, withText.Height) > 20, "glyphs were drawn");
        Assert.Equal(0, BrightPixels(blank, 68, blank.Height));
    }

    [Fact]
    public void Boxes_keypoints_and_mask_outlines_are_drawn_in_the_class_colour()
    {
        var mask = new Image<byte>(64, 64, 1);
        for (int y = 40; y < 60; y++)
        {
            for (int x = 40; x < 60; x++)
            {
                mask[x, y, 0] = 2;
            }
        }

        var sample = Gray(0) with { Boxes = [new BoundingBox(10, 10, 30, 30, 1)], Masks = [mask] };
        var sheet = ContactSheet.Render([new SheetTile(sample, [])], 1, 64);
        var boxColour = ContactSheet.ColorOf(1);
        var maskColour = ContactSheet.ColorOf(2);
        // Tile offset is 4 pixels; scale is 1. The box edge at x = 10 and the mask boundary at x = 40 carry their colours
        // (antialiasing of the 2-pixel stroke may blend by up to ~40 levels, so compare within 48).
        Assert.InRange(sheet[14, 24, 0], boxColour.Red - 48, boxColour.Red + 48);
        Assert.InRange(sheet[14, 24, 1], boxColour.Green - 48, boxColour.Green + 48);
        Assert.Equal(maskColour.Red, sheet[44, 54, 0]);
        Assert.Equal(maskColour.Green, sheet[44, 54, 1]);
        Assert.Equal(0, sheet[20 + 4, 20 + 4, 0]);
    }
}
