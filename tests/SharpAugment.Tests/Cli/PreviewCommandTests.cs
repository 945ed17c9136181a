using SharpAugment.Cli;
using SharpAugment.Cli.Commands;
using SharpAugment.Imaging.Skia;

namespace SharpAugment.Tests.Cli;

public class PreviewCommandTests
{
    [Fact]
    public void Sheet_has_one_tile_per_grid_cell_and_matches_augment_outputs()
    {
        using var t = new CliFolder();
        t.Image("src/images/a.png", 40, 20, 1);
        t.Text("src/labels/a.txt", "0 0.25 0.5 0.2 0.4\n");
        using var output = new StringWriter();
        var settings = new PreviewCommand.Settings { Inputs = [t["src"]], Pipeline = "hflip(p=0.5)", Grid = "3x2", Tile = 64, Out = t["sheet.png"] };
        Assert.Equal(0, PreviewCommand.Run(settings, Registries.CreateFull(), output));
        Assert.Contains("6 tiles of 1 input(s)", output.ToString(), StringComparison.Ordinal);
        var sheet = ImageCodec.Load(t["sheet.png"]);
        // Each cell is the tile plus a 4-pixel margin on both sides: 3 x (64 + 8) wide.
        Assert.Equal(3 * 72, sheet.Width);
        Assert.True(sheet.Height > 2 * 72, "captions add height under each row");
    }

    [Fact]
    public void Unreadable_inputs_are_reported_and_bad_grids_refused()
    {
        using var t = new CliFolder();
        t.Image("a.png", 16, 16, 1);
        File.WriteAllBytes(t["zero.png"], []);
        using var output = new StringWriter();
        var settings = new PreviewCommand.Settings { Inputs = [t["a.png"], t["zero.png"], t["missing.png"]], Pipeline = "hflip", Grid = "2x1", Tile = 32, Out = t["s.png"] };
        Assert.Equal(1, PreviewCommand.Run(settings, Registries.CreateFull(), output));
        Assert.Contains("the file is empty", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("missing.png: no such file or folder", output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(t["s.png"]));
        Assert.Throws<ArgumentException>(() => PreviewCommand.ParseGrid("4by4"));
        Assert.Equal((5, 2), PreviewCommand.ParseGrid("5x2"));
    }
}
