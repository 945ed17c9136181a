using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Transforms;

namespace SharpAugment.Tests.Pipelines;

public class PipelineTextTests
{
    [Theory]
    [InlineData("hflip")]
    [InlineData("hflip(p=0.5)")]
    [InlineData("rotate(angle=-30..30, interpolation=bilinear, fill=[0, 128, 255])")]
    [InlineData("one_of(hflip, vflip(p=0.25), weights=[1, 3]) | hflip")]
    [InlineData("some_of((hflip | vflip), hflip, n=1..2)")]
    [InlineData("x(s=\"a b, c\")")]
    public void FormatParsesBackToTheSameSpec(string text)
    {
        var spec = PipelineText.Parse(text);
        var again = PipelineText.Parse(PipelineText.Format(spec));
        Assert.Equal(spec, again);
        Assert.Equal(spec, PipelineJson.Parse(PipelineJson.Format(spec)));
    }

    [Fact]
    public void PipesMakeACompose()
    {
        var spec = PipelineText.Parse("hflip | vflip | hflip");
        Assert.Equal("compose", spec.Name);
        Assert.Equal(3, spec.Arguments.Count);
    }

    [Theory]
    [InlineData("hflip(")]
    [InlineData("hflip(p=)")]
    [InlineData("hflip | ")]
    [InlineData("rotate(angle=1..)")]
    [InlineData("hflip vflip")]
    public void BadSyntaxPointsAtThePosition(string text)
    {
        var e = Assert.Throws<PipelineSyntaxException>(() => PipelineText.Parse(text));
        Assert.Contains("position", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTransformSuggestsCloseNames()
    {
        var r = new TransformRegistry().AddImageTransforms();
        var e = Assert.Throws<KeyNotFoundException>(() => r.Parse<Sample>("hfilp"));
        Assert.Contains("hflip", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfRangeProbabilityNamesTransformParameterValueAndRange()
    {
        var r = new TransformRegistry().AddImageTransforms();
        var e = Assert.Throws<TransformParameterException>(() => r.Parse<Sample>("hflip(p=1.5)"));
        Assert.Equal("hflip", e.Transform);
        Assert.Equal("p", e.Parameter);
        Assert.Contains("1.5", e.Message, StringComparison.Ordinal);
        Assert.Contains("[0, 1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownParameterIsRejectedWithTheList()
    {
        var r = new TransformRegistry().AddImageTransforms();
        var e = Assert.Throws<TransformParameterException>(() => r.Parse<Sample>("hflip(q=1)"));
        Assert.Contains("p", e.Allowed, StringComparison.Ordinal);
    }
}
