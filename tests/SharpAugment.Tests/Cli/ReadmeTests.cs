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

        Assert.Equal((451, 300), (augmented.Width, augmented.Height));
        Assert.Equal((451, 300), (paired.Width, paired.Height));
        Assert.Single(augmented.Masks);

        // The tape holds the pipeline's own step, the rotation's angle (within the written range), the flip's draw and
        // RandAugment's ops.
        Assert.Equal(["compose", "rotate", "hflip", "randaugment"], tape.Take(4).Select(s => s.Transform));
        var angle = Assert.IsType<SharpAugment.Transforms.Geometric.RotateParams>(tape[1].Parameters).Angle;
        Assert.InRange(angle, -30, 30);

        // "Transforms never modify their input."
        Assert.True(SharpAugment.Imaging.Skia.ImageCodec.Load(RepoFile("samples/images/chelsea.png")).ContentEquals((Image<byte>)sample.Image));
        Assert.False(((Image<byte>)augmented.Image).ContentEquals((Image<byte>)sample.Image));

        // "Sample i of epoch e gets its own stream": the same (seed, epoch, index) gives the same bytes, from any thread.
        var again = new Sample[4];
        Parallel.For(0, again.Length, i => again[i] = pipeline.Apply(sample, new AugmentContext(Rng.ForSample(seed: 42, epoch: 0, index: 17))));
        Assert.All(again, a => Assert.True(((Image<byte>)a.Image).ContentEquals((Image<byte>)augmented.Image)));
        Assert.All(again, a => Assert.Equal(augmented.Boxes, a.Boxes));

        // "Replay it on a paired image": the same geometry moves the paired sample's targets exactly as the first's.
        var pairedWithTargets = pipeline.Apply(otherSample with { Boxes = sample.Boxes, Masks = sample.Masks }, AugmentContext.ForReplay(tape));
        Assert.Equal(augmented.Boxes, pairedWithTargets.Boxes);
        Assert.True(augmented.Masks[0].ContentEquals(pairedWithTargets.Masks[0]));
        Assert.True(((Image<byte>)paired.Image).ContentEquals((Image<byte>)pairedWithTargets.Image));
        Assert.True(((Image<byte>)augmented.Image).ContentEquals((Image<byte>)pipeline.Apply(sample, AugmentContext.ForReplay(tape)).Image));
    }
}
