using SharpAugment.Cli;
using SharpAugment.Imaging.Skia;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Cli;

public class ViewsCommandTests
{
    [Theory]
    [InlineData("simclr", "view_1 view_2", 224)]
    [InlineData("dino", "global_1 global_2 local_1 local_2 local_3 local_4 local_5 local_6 local_7 local_8", 0)]
    [InlineData("fixmatch", "weak strong", 64)]
    public void WritesOnePngPerViewAtTheRecipeSize(string recipe, string names, int size)
    {
        using var dir = new TempDir("sa-views");
        string input = dir.File("in.png");
        ImageCodec.Save(TestImages.Random(64, 48, 3, 1), input);
        string outDir = dir.File("out");
        Assert.Equal(0, Program.Main(["views", input, outDir, "--recipe", recipe, "--seed", "3"]));
        var files = Directory.GetFiles(outDir).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(names.Split(' ').Order(StringComparer.Ordinal).ToArray(), files);
        foreach (var name in names.Split(' '))
        {
            var img = ImageCodec.Load(Path.Combine(outDir, name + ".png"));
            int expected = size != 0 ? size : name.StartsWith("global", StringComparison.Ordinal) ? 224 : 96;
            Assert.Equal(expected, img.Width);
            Assert.Equal(recipe == "fixmatch" ? 48 : expected, img.Height);
        }
    }

    [Fact]
    public void ExplainNeedsNoImageAndUnknownRecipesFail()
    {
        Assert.Equal(0, Program.Main(["views", "--recipe", "dino", "--explain"]));
        Assert.NotEqual(0, Program.Main(["views", "--recipe", "byol", "--explain"]));
        Assert.NotEqual(0, Program.Main(["views", "--recipe", "simclr"]));
    }
}
