using SharpAugment.Cli;
using SharpAugment.Cli.Commands;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Cli;

/// <summary>--shard i/n: the shards together write exactly what one run writes, and each resumes on its own.</summary>
public class AugmentShardTests
{
    private const string Pipeline = "random_resized_crop(width=48, height=40) | hflip(p=0.5) | randaugment(num_ops=2, magnitude=9)";

    internal static string RepoFile(string name) => RepoFiles.Get(name);

    /// <summary>Every file under a folder by '/'-separated relative path, with its bytes.</summary>
    internal static SortedDictionary<string, byte[]> Tree(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>Asserts that the sharded tree is the single tree plus the n shard manifests and done markers.</summary>
    internal static void AssertUnionIsSingleRun(string single, string sharded, int shards)
    {
        var a = Tree(single);
        var b = Tree(sharded);
        for (int s = 0; s < shards; s++)
        {
            Assert.True(b.Remove($"manifest.shard-{s}-of-{shards}.jsonl"), $"shard {s} manifest missing");
            Assert.True(b.Remove($"manifest.shard-{s}-of-{shards}.done"), $"shard {s} done marker missing");
        }

        Assert.Equal(a.Keys, b.Keys);
        foreach (var (path, bytes) in a)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs between the single run and the shards");
        }
    }

    private static int Augment(string src, string dest, string? shard, bool resume = false, int copies = 2)
    {
        using var output = new StringWriter();
        return AugmentCommand.Run(
            new AugmentCommand.Settings { Source = src, Destination = dest, Pipeline = Pipeline, Copies = copies, Seed = 3, Threads = 2, Shard = shard, Resume = resume },
            Registries.CreateFull(), output, interactive: false, CancellationToken.None);
    }

    [Theory]
    [InlineData("samples/imagefolder")]
    [InlineData("samples/coco")]
    [InlineData("samples/yolo")]
    [InlineData("samples/segmentation")]
    public void The_union_of_three_shards_is_the_single_run_byte_for_byte(string sample)
    {
        using var t = new CliFolder();
        string src = RepoFile(sample);
        Assert.Equal(0, Augment(src, t["single"], null));
        foreach (int s in new[] { 2, 0, 1 })
        {
            Assert.Equal(0, Augment(src, t["sharded"], $"{s}/3"));
        }

        AssertUnionIsSingleRun(t["single"], t["sharded"], 3);
        Assert.False(File.Exists(t["single/manifest.shard-0-of-3.jsonl"]));
    }

    [Fact]
    public void A_shard_takes_every_nth_input_by_index_and_resumes_alone()
    {
        using var t = new CliFolder();
        string src = RepoFile("samples/imagefolder");
        Assert.Equal(0, Augment(src, t["single"], null, copies: 1));
        Assert.Equal(0, Augment(src, t["sharded"], "1/3", copies: 1));

        // Nine inputs in ordinal order: shard 1 has positions 1, 4 and 7.
        var lines = File.ReadAllLines(t["sharded/manifest.shard-1-of-3.jsonl"]);
        Assert.Equal(["cat/cat2_aug0.jpg", "horse/horse2_aug0.png", "rocket/rocket2_aug0.jpg"],
            lines.Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)!["output"]!.GetValue<string>()));
        Assert.False(File.Exists(t["sharded/manifest.jsonl"]), "the data set is finished only when every shard is done");

        // Shard 1 loses an output and resumes: only that one is made again, and nothing of the other shards appears.
        File.Delete(t["sharded/horse/horse2_aug0.png"]);
        using (var output = new StringWriter())
        {
            var settings = new AugmentCommand.Settings { Source = src, Destination = t["sharded"], Pipeline = Pipeline, Copies = 1, Seed = 3, Shard = "1/3", Resume = true };
            Assert.Equal(0, AugmentCommand.Run(settings, Registries.CreateFull(), output, interactive: false, CancellationToken.None));
            Assert.Contains("3 inputs, 1 written, 2 kept from an earlier run", output.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(3, Directory.GetFiles(t["sharded"], "*_aug0.*", SearchOption.AllDirectories).Length);
        Assert.Equal(0, Augment(src, t["sharded"], "0/3", copies: 1));
        Assert.Equal(0, Augment(src, t["sharded"], "2/3", copies: 1));
        AssertUnionIsSingleRun(t["single"], t["sharded"], 3);
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("1/0")]
    [InlineData("-1/2")]
    [InlineData("1")]
    [InlineData("a/b")]
    public void A_malformed_shard_is_refused_naming_the_option(string shard)
    {
        var e = Assert.Throws<ArgumentException>(() => AugmentCommand.ParseShard(shard));
        Assert.Contains("--shard", e.Message, StringComparison.Ordinal);
    }
}
