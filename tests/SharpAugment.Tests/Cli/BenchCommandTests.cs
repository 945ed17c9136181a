using System.Text.Json;
using SharpAugment.Cli;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Cli;

/// <summary><c>sharpaugment bench</c> on two tiny images for a hundredth of a second per case: the JSON's structure, never its speeds.</summary>
public class BenchCommandTests
{
    private static TempDir Images()
    {
        var dir = new TempDir("sa-bench");
        Directory.CreateDirectory(dir.File("images"));
        ImageCodec.Save(TestImages.Random(30, 20, 3, seed: 1), dir.File("images/a.png"));
        ImageCodec.Save(TestImages.Random(18, 24, 1, seed: 2), dir.File("images/b.png"));
        return dir;
    }

    [Fact]
    public void JsonListsEveryRequestedCaseWithItsPipelineAndMeta()
    {
        using var dir = Images();
        string json = dir.File("bench.json");
        int code = Program.Main(["bench", "--images", dir.File("images"), "--size", "16", "--seconds", "0.01", "--only", "hflip,brightness,gaussian_blur",
            "--json", json, "--save-prepared", dir.File("prepared")]);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var meta = doc.RootElement.GetProperty("meta");
        var results = doc.RootElement.GetProperty("results");
        string[] cases = ["brightness", "gaussian_blur", "hflip"];
        Assert.Equal(cases, results.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(results.EnumerateObject(), p => Assert.True(p.Value.GetDouble() > 0, $"{p.Name}: {p.Value}"));
        Assert.Equal("sharpaugment", meta.GetProperty("library").GetString());
        Assert.Equal(16, meta.GetProperty("size").GetInt32());
        Assert.Equal(0.01, meta.GetProperty("seconds").GetDouble());
        Assert.Equal(1, meta.GetProperty("threads").GetInt32());
        Assert.Equal(["a.png", "b.png"], meta.GetProperty("images").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(cases, meta.GetProperty("pipelines").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("hflip(p=1)", meta.GetProperty("pipelines").GetProperty("hflip").GetString());
        Assert.Equal(cases, meta.GetProperty("allocated_bytes_per_image").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Empty(meta.GetProperty("missing").EnumerateArray());
        Assert.Empty(meta.GetProperty("failures").EnumerateArray());
        Assert.Equal(Environment.ProcessorCount, meta.GetProperty("nproc").GetInt32());

        // The prepared images are what was timed: RGB, centre square, 16 x 16.
        foreach (string name in new[] { "a.png", "b.png" })
        {
            var prepared = ImageCodec.Load(dir.File("prepared/" + name));
            Assert.Equal((16, 16, 3), (prepared.Width, prepared.Height, prepared.Channels));
        }
    }

    [Fact]
    public void AnUnreadableImageIsListedAsAFailureAndTheExitCodeSaysSo()
    {
        using var dir = Images();
        File.WriteAllBytes(dir.File("images/c.png"), [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        string json = dir.File("bench.json");
        Assert.Equal(1, Program.Main(["bench", "--images", dir.File("images"), "--size", "8", "--seconds", "0.01", "--only", "vflip", "--json", json]));
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var failures = doc.RootElement.GetProperty("meta").GetProperty("failures").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(failures, f => f.Contains("c.png", StringComparison.Ordinal));
        Assert.True(doc.RootElement.GetProperty("results").GetProperty("vflip").GetDouble() > 0);
    }

    [Theory]
    [InlineData("--size", "4")]
    [InlineData("--seconds", "0")]
    [InlineData("--threads", "0")]
    public void OutOfRangeSettingsAreRefused(string option, string value)
    {
        using var dir = Images();
        Assert.Equal(2, Program.Main(["bench", "--images", dir.File("images"), option, value, "--json", dir.File("x.json")]));
        Assert.False(File.Exists(dir.File("x.json")));
        Assert.Equal(2, Program.Main(["bench", "--images", dir.File("nowhere"), "--json", dir.File("x.json")]));
    }
}
