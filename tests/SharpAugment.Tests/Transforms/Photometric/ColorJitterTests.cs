using SharpAugment.Tests.Support;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>color_jitter</c>: torchvision's ranges and order, and nothing enabled is the identity.</summary>
public class ColorJitterTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static IImage Run(string text, IImage image, ulong seed = 1) =>
        Registry.Parse<Sample>(text).Apply(new Sample(image), new AugmentContext(new Rng(seed))).Image;

    [Fact]
    public void ColorJitterRangesFollowTorchvision()
    {
        var t = new ColorJitter(new ColorJitterOptions { Brightness = 0.4, Contrast = new FloatRange(0.2, 0.3), Hue = 0.1 });
        var sample = new Sample(TestImages.Bytes(4, 4, 3));
        var rng = new Rng(9);
        for (int i = 0; i < 500; i++)
        {
            var p = t.SampleParams(sample, rng);
            Assert.Equal([0, 1, 2, 3], p.Order.Order());
            Assert.InRange(p.Brightness!.Value, 0.6, 1.4);
            Assert.InRange(p.Contrast!.Value, 0.2, 0.3);
            Assert.Null(p.Saturation);
            Assert.InRange(p.Hue!.Value, -0.1, 0.1);
        }
    }

    [Fact]
    public void ColorJitterAppliesItsOrderLikeTheSingleTransforms()
    {
        var image = TestImages.Bytes(13, 11, 3);
        var t = new ColorJitter(new ColorJitterOptions { Brightness = 0.5, Contrast = 0.5, Saturation = 0.5, Hue = 0.2 });
        var p = new ColorJitterParams([3, 1, 0, 2], 1.2, 0.7, 1.5, -0.15);
        var jittered = (Image<byte>)t.Apply(new Sample(image), p).Image;
        var chained = (Image<byte>)Registry.Parse<Sample>("hue(factor=-0.15) | contrast(factor=0.7) | brightness(factor=1.2) | saturation(factor=1.5)")
            .Apply(new Sample(image), new AugmentContext(new Rng(0))).Image;
        Assert.True(jittered.ContentEquals(chained));
    }

    [Fact]
    public void ColorJitterWithNothingEnabledLeavesPixelsAlone()
    {
        var image = TestImages.Bytes(5, 5, 3);
        Assert.True(((Image<byte>)Run("color_jitter", image)).ContentEquals(image));
    }
}
