using System.Text.Json.Nodes;
using SharpAugment.Cli;
using SharpAugment.Cli.Commands;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Pipelines;

namespace SharpAugment.Tests.Cli;

public class AugmentCommandTests
{
    // The CLI's full registry plus the test-only stand-ins for transforms the image core does not have yet.
    private static TransformRegistry Registry() => Registries.CreateFull()
        .Add<Sample, TestRotate90Options>("test_rotate90", "test", "quarter turn (test only)", o => new TestRotate90(o))
        .Add<Sample, TestElasticOptions>("test_elastic", "test", "random displacement (test only)", o => new TestElastic(o));

    private static (int Code, string Output) Augment(AugmentCommand.Settings settings)
    {
        using var output = new StringWriter();
        int code = AugmentCommand.Run(settings, Registry(), output, interactive: false, CancellationToken.None);
        return (code, output.ToString());
    }

    [Fact]
    public void ImageFolder_gets_copies_per_input_in_each_class_folder()
    {
        using var t = new CliFolder();
        t.Image("src/cat/a.png", 20, 16, 1);
        t.Image("src/cat/b.png", 20, 16, 2);
        t.Image("src/cat/c.jpg", 20, 16, 3);
        t.Image("src/dog/a.png", 20, 16, 4);
        t.Image("src/emu/sub/x.png", 20, 16, 5);
        var (code, output) = Augment(new() { Source = t["src"], Destination = t["out"], Pipeline = "hflip(p=0.5) | jpeg_compression(quality=40..80)", Copies = 3, Seed = 1, Threads = 2 });
        Assert.Equal(0, code);
        Assert.Contains("imagefolder layout", output, StringComparison.Ordinal);
        Assert.Contains("5 inputs, 15 written, 0 kept from an earlier run, 0 failed", output, StringComparison.Ordinal);
        Assert.Equal(9, Directory.GetFiles(t["out/cat"]).Length);
        Assert.Equal(3, Directory.GetFiles(t["out/dog"]).Length);
        Assert.Equal(["x_aug0.png", "x_aug1.png", "x_aug2.png"], Directory.GetFiles(t["out/emu/sub"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(3, Directory.GetFiles(t["out/cat"], "c_aug*.jpg").Length);
        Assert.Equal(15, File.ReadAllLines(t["out/manifest.jsonl"]).Length);
    }

    [Fact]
    public void Coco_boxes_after_a_quarter_turn()
    {
        using var t = new CliFolder();
        t.Image("src/images/a.png", 40, 30, 1);
        t.Text("src/instances.json", """
            {"categories": [{"id": 3, "name": "thing"}],
             "images": [{"id": 1, "file_name": "images/a.png", "width": 40, "height": 30}],
             "annotations": [{"id": 1, "image_id": 1, "category_id": 3, "bbox": [4, 5, 10, 8], "area": 80, "iscrowd": 0},
                             {"id": 2, "image_id": 1, "category_id": 3, "bbox": [0, 0, 40, 30], "area": 1200, "iscrowd": 1}]}
            """);
        var (code, _) = Augment(new() { Source = t["src"], Destination = t["out"], Pipeline = "test_rotate90", Copies = 1 });
        Assert.Equal(0, code);
        var json = JsonNode.Parse(File.ReadAllText(t["out/instances.json"]))!;
        var image = json["images"]![0]!;
        Assert.Equal("images/a_aug0.png", image["file_name"]!.GetValue<string>());
        Assert.Equal(30, image["width"]!.GetValue<int>());
        Assert.Equal(40, image["height"]!.GetValue<int>());
        // A quarter turn counter-clockwise maps (x, y) to (y, W - x): x in [4, 14], y in [5, 13] becomes x' in [5, 13], y' in [26, 36].
        Assert.Equal("[5,26,8,10]", json["annotations"]![0]!["bbox"]!.ToJsonString());
        Assert.Equal("[0,0,30,40]", json["annotations"]![1]!["bbox"]!.ToJsonString());
        Assert.Equal(1, json["annotations"]![1]!["iscrowd"]!.GetValue<int>());
        var written = ImageCodec.Load(t["out/images/a_aug0.png"]);
        Assert.Equal((30, 40), (written.Width, written.Height));
    }

    [Fact]
    public void Masks_after_elastic_keep_only_class_ids()
    {
        using var t = new CliFolder();
        t.Image("src/images/a.png", 48, 32, 1);
        var mask = new Image<byte>(48, 32, 1);
        for (int y = 0; y < 32; y++)
        {
            for (int x = 0; x < 48; x++)
            {
                mask[x, y, 0] = (byte)((x - 24) * (x - 24) + (y - 16) * (y - 16) < 100 ? 7 : x < 12 ? 3 : 0);
            }
        }

        ImageCodec.Save(mask, t["src/masks/a.png"]);
        var (code, _) = Augment(new() { Source = t["src"], Destination = t["out"], Pipeline = "test_elastic(shift=3)", Copies = 3, Format = "jpeg", Quality = 50 });
        Assert.Equal(0, code);
        for (int k = 0; k < 3; k++)
        {
            var m = ImageCodec.Load(t[$"out/masks/a_aug{k}.png"]);
            Assert.Equal(1, m.Channels);
            Assert.All(m.Pixels, v => Assert.Contains(v, new byte[] { 0, 3, 7 }));
            Assert.False(m.ContentEquals(mask), "the displacement moved the mask");
            Assert.True(File.Exists(t[$"out/images/a_aug{k}.jpg"]));
        }
    }

    [Fact]
    public void One_and_two_threads_give_identical_bytes()
    {
        using var t = new CliFolder();
        for (int i = 0; i < 6; i++)
        {
            t.Image($"src/img{i}.png", 16 + i, 12, (ulong)i);
        }

        const string pipeline = "hflip(p=0.5) | jpeg_compression(quality=20..95)";
        Assert.Equal(0, Augment(new() { Source = t["src"], Destination = t["one"], Pipeline = pipeline, Copies = 4, Seed = 7, Threads = 1 }).Code);
        Assert.Equal(0, Augment(new() { Source = t["src"], Destination = t["two"], Pipeline = pipeline, Copies = 4, Seed = 7, Threads = 2 }).Code);
        var one = Directory.GetFiles(t["one"]).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(24 + 2, one.Length);
        foreach (var f in one)
        {
            Assert.Equal(File.ReadAllBytes(f), File.ReadAllBytes(Path.Combine(t["two"], Path.GetFileName(f))));
        }
    }

    [Fact]
    public void Corrupt_and_zero_byte_files_are_reported_not_fatal_and_exit_1()
    {
        using var t = new CliFolder();
        t.Image("src/good.png", 16, 16, 1);
        File.WriteAllBytes(t["src/zero.png"], []);
        File.WriteAllText(t["src/bad.jpg"], "garbage");
        var (code, output) = Augment(new() { Source = t["src"], Destination = t["out"], Pipeline = "hflip", Copies = 2 });
        Assert.Equal(1, code);
        Assert.Contains("3 inputs, 2 written, 0 kept from an earlier run, 2 failed", output, StringComparison.Ordinal);
        Assert.Contains("augment: 2 failure(s):\n  bad.jpg: not a decodable image", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  zero.png: the file is empty", output, StringComparison.Ordinal);
        Assert.True(File.Exists(t["out/good_aug1.png"]));
    }

    [Fact]
    public void An_interrupted_run_resumed_from_the_command_line_finishes_with_the_same_outputs()
    {
        using var t = new CliFolder();
        for (int i = 0; i < 5; i++)
        {
            t.Image($"src/images/i{i}.png", 20, 20, (ulong)i);
            t.Text($"src/labels/i{i}.txt", "0 0.5 0.5 0.5 0.5\n");
        }

        AugmentCommand.Settings Settings(string dest, bool resume) =>
            new() { Source = t["src"], Destination = t[dest], Pipeline = "hflip(p=0.5)", Copies = 2, Seed = 3, Resume = resume };
        Assert.Equal(0, Augment(Settings("full", false)).Code);
        Assert.Equal(0, Augment(Settings("part", false)).Code);
        // Interrupt after the fact: drop the last manifest lines and one of their images, as a kill between files would.
        var lines = File.ReadAllLines(t["part/manifest.jsonl"]);
        File.WriteAllLines(t["part/manifest.jsonl"], lines[..6]);
        File.Delete(t["part/images/i4_aug1.png"]);
        var (code, output) = Augment(Settings("part", true));
        Assert.Equal(0, code);
        Assert.Contains("6 kept from an earlier run", output, StringComparison.Ordinal);
        foreach (var f in Directory.GetFiles(t["full"], "*", SearchOption.AllDirectories))
        {
            Assert.Equal(File.ReadAllBytes(f), File.ReadAllBytes(f.Replace(t["full"], t["part"], StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void A_destination_inside_the_source_is_refused()
    {
        using var t = new CliFolder();
        t.Image("src/a.png", 8, 8, 1);
        var e = Assert.Throws<ArgumentException>(() => Augment(new() { Source = t["src"], Destination = t["src/out"], Pipeline = "hflip" }));
        Assert.Contains("is inside SRC", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(t["src/out"]));
        Assert.Equal(2, Program.Main(["augment", t["src"], t["src/out2"], "--pipeline", "hflip"]));
        Assert.False(Directory.Exists(t["src/out2"]));
    }

    [Fact]
    public void An_unknown_transform_lists_close_names()
    {
        using var t = new CliFolder();
        t.Image("src/a.png", 8, 8, 1);
        var e = Assert.Throws<KeyNotFoundException>(() => Augment(new() { Source = t["src"], Destination = t["out"], Pipeline = "hflpi | jpeg_compresion" }));
        Assert.Contains("Unknown transform 'hflpi'. Did you mean: hflip", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(t["out"]));
        Assert.Equal(2, Program.Main(["augment", t["src"], t["out"], "--pipeline", "jpeg_compresion"]));
    }

    [Fact]
    public void A_json_config_works_like_the_text_and_exactly_one_is_required()
    {
        using var t = new CliFolder();
        t.Image("src/a.png", 8, 8, 1);
        t.Text("p.json", PipelineJson.Format(PipelineText.Parse("jpeg_compression(quality=30)")));
        Assert.Equal(0, Augment(new() { Source = t["src"], Destination = t["a"], Pipeline = "jpeg_compression(quality=30)" }).Code);
        Assert.Equal(0, Augment(new() { Source = t["src"], Destination = t["b"], Config = t["p.json"] }).Code);
        Assert.Equal(File.ReadAllBytes(t["a/a_aug0.png"]), File.ReadAllBytes(t["b/a_aug0.png"]));
        Assert.False(new AugmentCommand.Settings { Source = "x", Destination = "y" }.Validate().Successful);
        Assert.False(new AugmentCommand.Settings { Pipeline = "hflip", Config = "p.json" }.Validate().Successful);
        Assert.Throws<ArgumentException>(() => Augment(new() { Source = t["src"], Destination = t["c"], Pipeline = "hflip", Format = "tiff" }));
    }

    [Fact]
    public void Inputs_over_the_pixel_limit_are_refused_and_reported()
    {
        using var t = new CliFolder();
        t.Image("src/small.png", 10, 10, 1);
        t.Image("src/big.png", 20, 10, 2);
        var (code, output) = Augment(new() { Source = t["src"], Destination = t["out"], Pipeline = "hflip", MaxPixels = 150 });
        Assert.Equal(1, code);
        Assert.Contains("  big.png: 20x10 exceeds the pixel limit of 150 pixels", output, StringComparison.Ordinal);
        Assert.True(File.Exists(t["out/small_aug0.png"]));
    }
}
