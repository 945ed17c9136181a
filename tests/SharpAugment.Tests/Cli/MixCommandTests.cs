using System.Text.Json;
using SharpAugment.Cli;
using SharpAugment.Cli.Commands;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Cli;

public class MixCommandTests
{
    [Fact]
    public void CutMixJsonBoxAndLambdaDescribeTheOutputExactly()
    {
        var a = TestImages.Random(40, 30, 3, 1);
        var b = TestImages.Random(40, 30, 3, 2);
        for (ulong seed = 0; seed < 20; seed++)
        {
            var (img, json, _) = MixCommand.Run("cutmix", a, b, 1.0, Rng.ForSample(seed, 0, 0));
            using var doc = JsonDocument.Parse(json);
            var box = doc.RootElement.GetProperty("box").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            double lambda = doc.RootElement.GetProperty("lambda").GetDouble();
            Assert.Equal(1.0 - (box[2] - box[0]) * (box[3] - box[1]) / 1200.0, lambda);
            for (int y = 0; y < 30; y++)
            {
                for (int x = 0; x < 40; x++)
                {
                    bool inside = x >= box[0] && x < box[2] && y >= box[1] && y < box[3];
                    Assert.Equal((inside ? b : a)[x, y, 1], img[x, y, 1]);
                }
            }
        }
    }

    [Fact]
    public void MixupJsonLambdaIsTheWeightOfA()
    {
        var a = TestImages.Random(16, 12, 3, 3);
        var b = TestImages.Random(16, 12, 3, 4);
        var (img, json, _) = MixCommand.Run("mixup", a, b, 1.0, Rng.ForSample(1, 0, 0));
        using var doc = JsonDocument.Parse(json);
        double l = doc.RootElement.GetProperty("lambda").GetDouble();
        Assert.False(doc.RootElement.TryGetProperty("box", out _));
        for (int i = 0; i < img.Pixels.Length; i++)
        {
            double exact = l * a.Pixels[i] + (1 - l) * b.Pixels[i];
            Assert.InRange(img.Pixels[i], Math.Round(exact) - 1, Math.Round(exact) + 1); // float32 vs double at .5 ties: one level
        }
    }

    [Fact]
    public void CommandWritesOutputAndRefusesToOverwriteInputs()
    {
        using var dir = new TempDir("sa-mix");
        string pa = dir.File("a.png");
        string pb = dir.File("b.png");
        ImageCodec.Save(TestImages.Random(20, 20, 3, 1), pa);
        ImageCodec.Save(TestImages.Random(20, 20, 3, 2), pb);
        var before = File.ReadAllBytes(pa);
        Assert.Equal(0, Program.Main(["mix", pa, pb, dir.File("o.png"), "--method", "cutmix", "--seed", "4"]));
        Assert.Equal(20, ImageCodec.Load(dir.File("o.png")).Width);
        Assert.NotEqual(0, Program.Main(["mix", pa, pb, pa]));
        Assert.Equal(before, File.ReadAllBytes(pa));
        ImageCodec.Save(TestImages.Random(21, 20, 3, 2), pb);
        Assert.NotEqual(0, Program.Main(["mix", pa, pb, dir.File("p.png")]));
        Assert.False(File.Exists(dir.File("p.png")));
    }
}
