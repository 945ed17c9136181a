using System.Text.Json.Nodes;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Geometric;

namespace SharpAugment.Tests.Pipelines;

/// <summary>The JSON form of a replay tape: readable fields, typed again by the transform that replays them, and clear errors for a tape of another pipeline.</summary>
public class ReplayTapeTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    [Fact]
    public void StepsAreReadableAndSkippedStepsHaveNoParams()
    {
        var pipeline = Registry.Parse<Sample>("rotate(angle=-30..30) | hflip(p=0)");
        var tape = new List<SampledStep>();
        pipeline.Apply(new Sample(TestImages.Random(16, 12, 3)), new AugmentContext(new Rng(7), tape));
        var json = ReplayTape.ToJson(tape);
        var rotate = json[1]!.AsObject();
        Assert.Equal("RotateParams", (string)rotate["type"]!);
        Assert.Equal(((RotateParams)tape[1].Parameters!).Angle, (double)rotate["params"]!["angle"]!);
        Assert.False((bool)json[2]!["applied"]!);
        Assert.Null(ReplayTape.FromJson(json)[2].Parameters);
    }

    [Fact]
    public void ARecordOfAnotherTypeNamesBothTypes()
    {
        var tape = new[] { new SampledStep("rotate", new RecordedParams("HueParams", new JsonObject { ["hue"] = 0.1 })) };
        var e = Assert.Throws<InvalidOperationException>(() =>
            new Rotate(new RotateOptions()).Apply(new Sample(TestImages.Random(8, 8, 3)), AugmentContext.ForReplay(tape)));
        Assert.Contains("HueParams", e.Message, StringComparison.Ordinal);
        Assert.Contains("RotateParams", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedStepsAreFormatErrors()
    {
        Assert.Throws<FormatException>(() => ReplayTape.FromJson(new JsonArray(new JsonObject { ["transform"] = "rotate" })));
        Assert.Throws<FormatException>(() => ReplayTape.FromJson(new JsonArray(new JsonObject { ["transform"] = "rotate", ["applied"] = true })));
    }
}
