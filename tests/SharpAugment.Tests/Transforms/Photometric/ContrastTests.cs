using SharpAugment.Tests.Support;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>contrast</c> on floats: the blend with the gray mean.</summary>
public class ContrastTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static IImage Run(string text, IImage image, ulong seed = 1) =>
        Registry.Parse<Sample>(text).Apply(new Sample(image), new AugmentContext(new Rng(seed))).Image;

    [Fact]
    public void FloatContrastBlendsWithTheGrayMean()
    {
        var img = new Image<float>(2, 1, 1, [0.2f, 0.6f]);
        var r = ((Image<float>)Run("contrast(factor=0)", img)).Pixels;
        Assert.Equal(0.4f, r[0], 6);
        Assert.Equal(0.4f, r[1], 6);
    }
}
