using System.Globalization;
using SharpAugment.Imaging.Skia.Datasets;
using SharpAugment.Pipelines;
using SharpAugment.Transforms;

namespace SharpAugment.Imaging.Skia.Tests.Datasets;

public class DatasetAugmenterTests
{
    private const string Random = "hflip(p=0.5) | jpeg_compression(quality=50..90)";

    private static ITransform<Sample> Pipeline(string text) =>
        new TransformRegistry().AddImageTransforms().AddCodecTransforms().Parse<Sample>(text);

    private static DatasetAugmentResult Run(string src, string dest, string pipeline, DatasetAugmentOptions options,
        Action<DatasetProgress>? progress = null, CancellationToken token = default) =>
        new DatasetAugmenter(Pipeline(pipeline), options).Run(DatasetLayout.Open(src), dest, progress, token);

    private static TempFolder Yolo(int images)
    {
        var t = new TempFolder();
        for (int i = 0; i < images; i++)
        {
            t.Image($"src/images/img{i:D2}.png", 24 + i, 16 + i % 3, (ulong)i + 1);
            t.Text($"src/labels/img{i:D2}.txt", "0 0.500000 0.500000 0.250000 0.250000\n1 0.300000 0.400000 0.200000 0.100000\n");
        }

        return t;
    }

    [Fact]
    public void Yolo_boxes_after_hflip_are_exactly_one_minus_cx()
    {
        using var t = new TempFolder();
        t.Image("src/images/a.png", 50, 40, 1);
        t.Text("src/labels/a.txt", "0 0.250000 0.500000 0.125000 0.250000\n1 0.300000 0.400000 0.200000 0.100000\n2 0.123457 0.654321 0.111111 0.222222\n");
        var r = Run(t["src"], t["out"], "hflip", new DatasetAugmentOptions { Copies = 2 });
        Assert.Empty(r.Failures);
        var input = File.ReadAllLines(t["src/labels/a.txt"]);
        foreach (var k in new[] { 0, 1 })
        {
            var output = File.ReadAllLines(t[$"out/labels/a_aug{k}.txt"]);
            Assert.Equal(input.Length, output.Length);
            for (int i = 0; i < input.Length; i++)
            {
                var a = input[i].Split(' ');
                var b = output[i].Split(' ');
                double cx = double.Parse(a[1], CultureInfo.InvariantCulture);
                // Written with 6 decimals like Ultralytics: the text must be exactly that of 1 - cx; y, w, h and class unchanged.
                Assert.Equal((1 - cx).ToString("F6", CultureInfo.InvariantCulture), b[1]);
                Assert.Equal([a[0], a[2], a[3], a[4]], new[] { b[0], b[2], b[3], b[4] });
            }
        }
    }

    [Fact]
    public void One_and_two_threads_give_identical_bytes_and_the_source_is_untouched()
    {
        using var t = Yolo(7);
        var before = TempFolder.Snapshot(t["src"]);
        var r1 = Run(t["src"], t["one"], Random, new DatasetAugmentOptions { Copies = 3, Seed = 9, Threads = 1, IncludeOriginals = true });
        var r2 = Run(t["src"], t["two"], Random, new DatasetAugmentOptions { Copies = 3, Seed = 9, Threads = 2, IncludeOriginals = true });
        Assert.Equal(28, r1.Written);
        Assert.Equal(r1.Written, r2.Written);
        var one = TempFolder.Snapshot(t["one"]);
        var two = TempFolder.Snapshot(t["two"]);
        Assert.Equal(one.Keys, two.Keys);
        foreach (var (path, bytes) in one)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(two[path]), path);
        }

        Assert.Equal(before.Keys, TempFolder.Snapshot(t["src"]).Keys);
        Assert.All(before, kv => Assert.Equal(kv.Value, File.ReadAllBytes(t["src/" + kv.Key])));
        // 7 inputs x (3 copies + original) x (image + label), plus manifest.jsonl and augment.json.
        Assert.Equal(7 * 4 * 2 + 2, one.Count);
    }

    [Fact]
    public void A_different_seed_gives_different_outputs()
    {
        using var t = Yolo(3);
        Run(t["src"], t["a"], Random, new DatasetAugmentOptions { Copies = 2, Seed = 1 });
        Run(t["src"], t["b"], Random, new DatasetAugmentOptions { Copies = 2, Seed = 2 });
        Assert.NotEqual(File.ReadAllBytes(t["a/images/img00_aug0.png"]), File.ReadAllBytes(t["b/images/img00_aug0.png"]));
    }

    [Fact]
    public void An_interrupted_run_resumed_gives_the_same_outputs()
    {
        using var t = Yolo(8);
        var options = new DatasetAugmentOptions { Copies = 2, Seed = 4, Threads = 2 };
        Run(t["src"], t["full"], Random, options);
        var expected = TempFolder.Snapshot(t["full"]);

        using var cts = new CancellationTokenSource();
        var first = Run(t["src"], t["part"], Random, options, p =>
        {
            if (p.Done >= 3)
            {
                cts.Cancel();
            }
        }, cts.Token);
        Assert.True(first.Cancelled);
        Assert.InRange(first.Written, 6, 14);

        // Simulate a crash on top: a half-written manifest line, a temporary file, an output image deleted after its line.
        File.AppendAllText(t["part/manifest.jsonl"], "{\"source\":\"images/img07.png\",\"out");
        File.WriteAllBytes(t["part/images/.img07_aug0.png.123.abcd1234.tmp"], [1, 2, 3]);
        var firstImage = Directory.GetFiles(t["part/images"], "*_aug*.png").Order(StringComparer.Ordinal).First();
        File.Delete(firstImage);

        var resumed = Run(t["src"], t["part"], Random, options with { Resume = true });
        Assert.False(resumed.Cancelled);
        Assert.True(resumed.Kept > 0, "complete outputs are kept");
        Assert.Equal(16, resumed.Kept + resumed.Written);
        var actual = TempFolder.Snapshot(t["part"]);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), path);
        }
    }

    [Fact]
    public void Resume_with_another_seed_is_refused()
    {
        using var t = Yolo(2);
        Run(t["src"], t["out"], Random, new DatasetAugmentOptions { Seed = 1 });
        var e = Assert.Throws<InvalidOperationException>(() => Run(t["src"], t["out"], Random, new DatasetAugmentOptions { Seed = 2, Resume = true }));
        Assert.Contains("--resume", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_empty_and_truncated_inputs_are_reported_and_the_rest_is_written()
    {
        using var t = new TempFolder();
        t.Image("src/good.png", 16, 16, 1);
        File.WriteAllBytes(t["src/empty.png"], []);
        File.WriteAllText(t["src/corrupt.jpg"], "this is not a jpeg");
        var png = File.ReadAllBytes(t["src/good.png"]);
        File.WriteAllBytes(t["src/truncated.png"], png[..(png.Length / 2)]);
        var r = Run(t["src"], t["out"], "hflip", new DatasetAugmentOptions { Copies = 2 });
        Assert.Equal(4, r.Inputs);
        Assert.Equal(2, r.Written);
        Assert.Equal(["corrupt.jpg", "empty.png", "truncated.png"], r.Failures.Select(f => f.Path));
        Assert.Equal("the file is empty", r.Failures[1].Reason);
        Assert.Contains("not a decodable image", r.Failures[0].Reason, StringComparison.Ordinal);
        Assert.Contains("truncated", r.Failures[2].Reason, StringComparison.Ordinal);
        Assert.True(File.Exists(t["out/good_aug1.png"]));
    }

    [Fact]
    public void Destination_inside_or_around_the_source_is_refused()
    {
        using var t = Yolo(1);
        var inside = Assert.Throws<ArgumentException>(() => Run(t["src"], t["src/images/out"], "hflip", new DatasetAugmentOptions()));
        Assert.Contains("is inside SRC", inside.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Run(t["src"], t["src"], "hflip", new DatasetAugmentOptions()));
        Assert.Contains("SRC", Assert.Throws<ArgumentException>(() => Run(t["src"], t.Root, "hflip", new DatasetAugmentOptions())).Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(t["src/images/out"]));
    }

    [Fact]
    public void Adding_an_input_does_not_change_the_outputs_of_the_others()
    {
        using var t = Yolo(3);
        Run(t["src"], t["a"], Random, new DatasetAugmentOptions { Copies = 2, Seed = 3 });
        t.Image("src/images/aaa_first.png", 20, 20, 99);
        Run(t["src"], t["b"], Random, new DatasetAugmentOptions { Copies = 2, Seed = 3 });
        foreach (var f in Directory.GetFiles(t["a/images"]))
        {
            Assert.Equal(File.ReadAllBytes(f), File.ReadAllBytes(t["b/images/" + Path.GetFileName(f)]));
        }
    }

    [Fact]
    public void Originals_are_copied_byte_for_byte_and_background_images_get_an_empty_label()
    {
        using var t = Yolo(1);
        t.Image("src/images/background.png", 10, 10, 5);
        var r = Run(t["src"], t["out"], "hflip", new DatasetAugmentOptions { IncludeOriginals = true });
        Assert.Empty(r.Failures);
        Assert.Equal(File.ReadAllBytes(t["src/images/img00.png"]), File.ReadAllBytes(t["out/images/img00.png"]));
        Assert.Equal(File.ReadAllBytes(t["src/labels/img00.txt"]), File.ReadAllBytes(t["out/labels/img00.txt"]));
        Assert.Equal(string.Empty, File.ReadAllText(t["out/labels/background.txt"]));
        Assert.Equal(string.Empty, File.ReadAllText(t["out/labels/background_aug0.txt"]));
    }

    [Fact]
    public void Masks_stay_png_class_ids_when_images_are_written_as_jpeg()
    {
        using var t = new TempFolder();
        t.Image("src/images/a.png", 20, 10, 1);
        var mask = new Image<byte>(20, 10, 1);
        for (int x = 0; x < 20; x++)
        {
            for (int y = 0; y < 10; y++)
            {
                mask[x, y, 0] = (byte)(x < 5 ? 0 : x < 12 ? 3 : 7);
            }
        }

        ImageCodec.Save(mask, t["src/masks/a.png"]);
        var r = Run(t["src"], t["out"], "hflip", new DatasetAugmentOptions { Output = new ImageOutputOptions(ImageFileFormat.Jpeg, 40) });
        Assert.Empty(r.Failures);
        Assert.True(File.Exists(t["out/images/a_aug0.jpg"]));
        var written = ImageCodec.Load(t["out/masks/a_aug0.png"]);
        Assert.True(written.ContentEquals(SharpAugment.Geometry.PixelMaps.Image(mask, SharpAugment.Geometry.PixelMap.HorizontalFlip)));
    }

    [Fact]
    public void Manifest_records_seed_stream_and_sampled_parameters_sorted_by_output()
    {
        using var t = Yolo(2);
        Run(t["src"], t["out"], "jpeg_compression(quality=20..30)", new DatasetAugmentOptions { Copies = 2, Seed = 5, Threads = 2 });
        var lines = File.ReadAllLines(t["out/manifest.jsonl"]);
        var entries = lines.Select(ManifestEntry.TryParse).ToArray();
        Assert.Equal(["images/img00_aug0.png", "images/img00_aug1.png", "images/img01_aug0.png", "images/img01_aug1.png"], entries.Select(e => e!.Output.Image));
        var e0 = entries[0]!;
        Assert.Equal(5UL, e0.Seed);
        Assert.Equal(DatasetAugmenter.StreamIndex("images/img00.png"), e0.Stream);
        Assert.Equal(["images/img00_aug0.png", "labels/img00_aug0.txt"], e0.Output.Files);
        var step = e0.Steps![0]!;
        Assert.Equal("jpeg_compression", step["transform"]!.GetValue<string>());
        Assert.Equal("JpegCompressionParams", step["type"]!.GetValue<string>());
        Assert.InRange(step["params"]!["quality"]!.GetValue<int>(), 20, 30);
        Assert.Null(ManifestEntry.TryParse(lines[0][..(lines[0].Length / 2)]));
    }

    [Fact]
    public void Bmp_and_gif_inputs_are_written_as_png()
    {
        using var t = new TempFolder();
        Directory.CreateDirectory(t["src"]);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "codecs", "pattern.bmp"), t["src/p.bmp"]);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "codecs", "two_frames.gif"), t["src/g.gif"]);
        var r = Run(t["src"], t["out"], "hflip", new DatasetAugmentOptions());
        Assert.Empty(r.Failures);
        var expected = SharpAugment.Geometry.PixelMaps.Image(ImageCodec.Load(t["src/p.bmp"]), SharpAugment.Geometry.PixelMap.HorizontalFlip);
        Assert.True(ImageCodec.Load(t["out/p_aug0.png"]).ContentEquals(expected));
        Assert.True(File.Exists(t["out/g_aug0.png"]));
    }
}
