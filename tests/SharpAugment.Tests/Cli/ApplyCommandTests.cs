using SharpAugment.Cli;
using SharpAugment.Imaging;
using SharpAugment.Imaging.Skia;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;

namespace SharpAugment.Tests.Cli;

/// <summary><c>sharpaugment apply</c>: the written image is the pipeline's output for sample (seed, 0, 0), and the input is never overwritten.</summary>
public class ApplyCommandTests
{
    private const string Pipeline = "rotate(angle=-30..30, interpolation=bilinear) | hflip(p=0.5) | brightness(factor=0.6..1.4)";

    [Fact]
    public void OutputIsThePipelineAppliedToSampleSeedZeroZero()
    {
        using var dir = new TempDir("sa-apply");
        var image = TestImages.Random(41, 27, 3, seed: 5);
        string input = dir.File("in.png");
        ImageCodec.Save(image, input);
        foreach (ulong seed in new ulong[] { 0, 7 })
        {
            string output = dir.File($"out{seed}.png");
            Assert.Equal(0, Program.Main(["apply", input, output, "--pipeline", Pipeline, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
            var expected = Registries.CreateFull().Parse<Sample>(Pipeline).Apply(new Sample(image), new AugmentContext(Rng.ForSample(seed, 0, 0)));
            Assert.True(((Image<byte>)expected.Image).ContentEquals(ImageCodec.Load(output)), $"seed {seed}: the written PNG is not the pipeline's output");
        }

        Assert.False(ImageCodec.Load(dir.File("out0.png")).ContentEquals(ImageCodec.Load(dir.File("out7.png"))));
        Assert.True(image.ContentEquals(ImageCodec.Load(input)));
    }

    [Fact]
    public void CodecTransformsFromOtherPackagesAreAvailable()
    {
        using var dir = new TempDir("sa-apply");
        var image = TestImages.Random(32, 24, 3, seed: 2);
        ImageCodec.Save(image, dir.File("in.png"));
        Assert.Equal(0, Program.Main(["apply", dir.File("in.png"), dir.File("out.png"), "-p", "jpeg_compression(quality=30)"]));
        var expected = ImageCodec.Decode(ImageCodec.EncodeJpeg(image, 30));
        Assert.True(expected.ContentEquals(ImageCodec.Load(dir.File("out.png"))));
    }

    [Fact]
    public void RefusesToOverwriteItsInputAndReportsBadPipelines()
    {
        using var dir = new TempDir("sa-apply");
        string input = dir.File("in.png");
        ImageCodec.Save(TestImages.Random(20, 20, 3), input);
        var before = File.ReadAllBytes(input);
        Assert.Equal(2, Program.Main(["apply", input, input, "-p", "hflip"]));
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Equal(2, Program.Main(["apply", input, dir.File("a.png")])); // --pipeline is required
        Assert.Equal(2, Program.Main(["apply", input, dir.File("b.png"), "-p", "hflipp"])); // unknown transform
        Assert.Equal(2, Program.Main(["apply", input, dir.File("c.png"), "-p", "posterize(bits=9)"])); // out of range
        Assert.Equal(2, Program.Main(["apply", input, dir.File("d.png"), "-p", "mixup"])); // a batch transform
        Assert.Equal(2, Program.Main(["apply", dir.File("missing.png"), dir.File("e.png"), "-p", "hflip"]));
        Assert.Equal([input], Directory.EnumerateFiles(dir.Path)); // no output written for any refused call
    }
}
