using SharpAugment.Cli;
using SharpAugment.Cli.Commands;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;

namespace SharpAugment.Tests.Cli;

/// <summary>README stays true: its transform list equals the registry, and its C# example runs as written.</summary>
public class ReadmeTests
{
    private static string RepoFile(string name) => RepoFiles.Get(name);

    [Fact]
    public void TransformListEqualsTheRegistry()
    {
        string readme = File.ReadAllText(RepoFile("README.md")).ReplaceLineEndings("\n");
        const string begin = "<!-- transforms:begin -->", end = "<!-- transforms:end -->";
        int i = readme.IndexOf(begin, StringComparison.Ordinal) + begin.Length, j = readme.IndexOf(end, StringComparison.Ordinal);
        string listed = readme[i..j].Trim();
        string generated = ListCommand.Render(Registries.CreateFull(), markdown: true).ReplaceLineEndings("\n").Trim();
        Assert.True(listed == generated, "README's transform list is stale: run tools/update_readme_transforms.sh");
    }

    [Fact]
    public void CSharpExampleRunsAsWritten()
    {
        // The README example, with its two free variables (mask, otherSample) bound to test data.
        var mask = TestImages.Mask(451, 300);
        var otherSample = new Sample(TestImages.Random(451, 300, 3, seed: 9));

        var registry = new TransformRegistry().AddImageTransforms();
        var pipeline = registry.Parse<Sample>("rotate(angle=-30..30, interpolation=bilinear) | hflip(p=0.5) | randaugment");
        var sample = new Sample(SharpAugment.Imaging.Skia.ImageCodec.Load(RepoFile("samples/images/chelsea.png")))
        {
            Boxes = [new BoundingBox(130, 60, 330, 240, Label: 0)],
            Masks = [mask],
        };
        var tape = new List<SampledStep>();
        var augmented = pipeline.Apply(sample, new AugmentContext(Rng.ForSample(seed: 42, epoch: 0, index: 17), tape));
        var paired = pipeline.Apply(otherSample, AugmentContext.ForReplay(tape));

        Assert.NotEmpty(tape);
        Assert.Equal((451, 300), (augmented.Width, augmented.Height));
        Assert.Equal((451, 300), (paired.Width, paired.Height));
        Assert.Single(augmented.Masks);
    }
}
