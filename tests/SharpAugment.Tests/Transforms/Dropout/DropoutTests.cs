using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Dropout;

namespace SharpAugment.Tests.Transforms.Dropout;

/// <summary>The dropout transforms name the transform and the parameter in their errors.</summary>
public class DropoutTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    [Theory]
    [InlineData("coarse_dropout(hole_height_range=2.5..3)", "hole_height_range")]
    [InlineData("coarse_dropout(num_holes_range=0..2)", "num_holes_range")]
    [InlineData("coarse_dropout(fill=[1, 2, 3, 4, 5])", "fill")]
    [InlineData("random_erasing(scale=0.5..1.5)", "scale")]
    [InlineData("erase(width=-1)", "width")]
    public void BadParametersNameTransformAndParameter(string text, string parameter)
    {
        var e = Assert.Throws<TransformParameterException>(() => Registry.Parse<Sample>(text));
        Assert.Equal(parameter, e.Parameter);
    }
}
