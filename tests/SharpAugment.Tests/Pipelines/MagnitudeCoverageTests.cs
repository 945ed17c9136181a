using SharpAugment.Cli;
using SharpAugment.Imaging;
using SharpAugment.Kernels;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms.Geometric;

namespace SharpAugment.Tests.Pipelines;

/// <summary>Every image transform declares its magnitude at registration: a mapping that is identity at 0 and an effect at 1, or an explicit none.</summary>
public class MagnitudeCoverageTests
{
    private static readonly TransformRegistry Registry = Registries.CreateFull();

    private static IEnumerable<TransformDescriptor> ImageTransforms => Registry.Descriptors.Where(d => d.TargetType == typeof(Sample));

    public static TheoryData<string> WithMagnitude()
    {
        var data = new TheoryData<string>();
        foreach (var d in ImageTransforms.Where(d => d.Magnitude?.IsDefined == true))
        {
            data.Add(d.Name);
        }

        return data;
    }

    [Fact]
    public void EveryImageTransformDeclaresAMagnitudeOrNone()
    {
        var missing = ImageTransforms.Where(d => d.Magnitude is null).Select(d => d.Name).ToArray();
        Assert.True(missing.Length == 0, "Declare Magnitude.Of(...) or Magnitude.None(reason) at the registration of: " + string.Join(", ", missing));
        Assert.True(ImageTransforms.Count() > 40);
        Assert.True(ImageTransforms.Count(d => d.Magnitude?.IsDefined == true) > 20);
    }

    [Theory]
    [MemberData(nameof(WithMagnitude))]
    public void MagnitudeZeroLeavesEveryByteAlone(string name)
    {
        var d = Registry.Get(name);
        var transform = Registry.Create<Sample>(name, d.Magnitude!.OptionsAt(name, 0));
        foreach (int channels in new[] { 1, 3 })
        {
            var input = TestImages.Random(37, 29, channels);
            for (ulong seed = 0; seed < 4; seed++)
            {
                var output = (Image<byte>)transform.Apply(new Sample(input), new AugmentContext(Rng.ForSample(seed, 0, 0))).Image;
                Assert.Equal((input.Width, input.Height, input.Channels), (output.Width, output.Height, output.Channels));
                Assert.True(input.Pixels.SequenceEqual(output.Pixels), $"{name} at magnitude 0 changed pixels ({channels} channels, seed {seed})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(WithMagnitude))]
    public void MagnitudeOneChangesTheImage(string name)
    {
        var d = Registry.Get(name);
        var transform = Registry.Create<Sample>(name, d.Magnitude!.OptionsAt(name, 1));
        var input = TestImages.Random(37, 29, 3);
        bool changed = false;
        for (ulong seed = 0; seed < 4 && !changed; seed++)
        {
            var output = (Image<byte>)transform.Apply(new Sample(input), new AugmentContext(Rng.ForSample(seed, 0, 0))).Image;
            changed = output.Width != input.Width || output.Height != input.Height || !input.Pixels.SequenceEqual(output.Pixels);
        }

        Assert.True(changed, $"{name} at magnitude 1 left the image unchanged for four seeds");
    }

    [Theory]
    [MemberData(nameof(WithMagnitude))]
    public void MagnitudeOptionsWriteBackAsPipelineText(string name)
    {
        var d = Registry.Get(name);
        var options = d.Magnitude!.OptionsAt(name, 0.7);
        string text = PipelineText.Format(d.Schema.ToSpec(name, options));
        var rebuilt = Registry.Parse<Sample>(text);
        Assert.Equal(PipelineText.Format(d.Schema.ToSpec(name, rebuilt.Options, true)), PipelineText.Format(d.Schema.ToSpec(name, options, true)));
    }

    [Fact]
    public void OutOfRangeAndMissingMagnitudesNameTheTransform()
    {
        var rotate = Registry.Get("rotate").Magnitude!;
        var e = Assert.Throws<TransformParameterException>(() => rotate.OptionsAt("rotate", 1.5));
        Assert.Contains("rotate", e.Message, StringComparison.Ordinal);
        Assert.Contains("[0, 1]", e.Message, StringComparison.Ordinal);
        Assert.Throws<TransformParameterException>(() => rotate.OptionsAt("rotate", double.NaN));
        var hflip = Registry.Get("hflip").Magnitude!;
        Assert.False(hflip.IsDefined);
        var none = Assert.Throws<TransformParameterException>(() => hflip.OptionsAt("hflip", 0.5));
        Assert.Contains("all or nothing", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMagnitudeForAnotherOptionsTypeIsRejectedAtRegistration()
    {
        var r = new TransformRegistry();
        Assert.Throws<ArgumentException>(() => r.Add<Sample, HFlipOptions>("flip_x", "geometric", "test", o => new HFlip(o),
            Magnitude.Of(m => new RotateOptions { Angle = m })));
    }

    [Fact]
    public void ArgumentsBindOverTheMagnitudeOptions()
    {
        var d = Registry.Get("rotate");
        var options = (RotateOptions)d.Schema.Bind("rotate", PipelineText.Parse("rotate(interpolation=bilinear)").Arguments, d.Magnitude!.OptionsAt("rotate", 0.5));
        Assert.Equal(new FloatRange(-15, 15), options.Angle);
        Assert.Equal(Interpolation.Bilinear, options.Interpolation);
    }
}
