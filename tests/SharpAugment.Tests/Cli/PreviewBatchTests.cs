using SharpAugment.Cli;
using SharpAugment.Cli.Commands;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Pipelines;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Cli;

public class PreviewBatchTests
{
    [Fact]
    public void UnlabelledTilesAreLabelledByInputAndGetSoftLabelsThatSumToOne()
    {
        var registry = Registries.CreateFull();
        var tiles = new[]
        {
            new Sample(TestImages.Random(32, 32, 3, 1)),
            new Sample(TestImages.Random(32, 32, 1, 2)),
            new Sample(TestImages.Random(32, 32, 3, 3)),
            new Sample(TestImages.Random(32, 32, 4, 4)),
        };
        var names = PreviewCommand.MixTiles(tiles, ["a.png", "b.png"], [], registry.Parse<ImageBatch>("mixup(alpha=1)"), 5);
        Assert.Equal(["a.png", "b.png"], names);
        foreach (var t in tiles)
        {
            Assert.Equal(3, t.Image.Channels);
            Assert.Equal(2, t.SoftLabel!.Count);
            Assert.InRange(t.SoftLabel.Sum(), 1 - 1e-5f, 1 + 1e-5f); // two float32 terms: 1e-5 is ample
        }
    }

    [Fact]
    public void PreviewWithABatchPipelineWritesASheetAndRejectsMixedSizes()
    {
        using var dir = new TempDir("sa-prev");
        string a = dir.File("a.png");
        string b = dir.File("b.png");
        ImageCodec.Save(TestImages.Random(50, 40, 3, 1), a);
        ImageCodec.Save(TestImages.Random(30, 60, 3, 2), b);
        string sheet = dir.File("sheet.png");
        Assert.Equal(0, Program.Main(["preview", a, b, "-p", "resize(width=64, height=64)", "--batch", "cutmix", "--grid", "2x2", "--tile", "64", "-o", sheet]));
        Assert.True(File.Exists(sheet));
        Assert.NotEqual(0, Program.Main(["preview", a, b, "-p", "hflip", "--batch", "mixup", "-o", dir.File("bad.png")]));
        Assert.False(File.Exists(dir.File("bad.png")));
    }
}
