using SharpAugment.Tests.Support;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>grayscale</c>: the output channel counts.</summary>
public class GrayscaleTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static IImage Run(string text, IImage image, ulong seed = 1) =>
        Registry.Parse<Sample>(text).Apply(new Sample(image), new AugmentContext(new Rng(seed))).Image;

    [Fact]
    public void GrayscaleChannelCounts()
    {
        var rgb = TestImages.Bytes(4, 3, 3);
        var rgba = TestImages.Bytes(4, 3, 4);
        var gray = TestImages.Bytes(4, 3, 1);
        Assert.Equal(1, Run("grayscale", rgb).Channels);
        Assert.Equal(3, Run("grayscale(num_output_channels=none)", rgb).Channels);
        Assert.Equal(1, Run("grayscale(num_output_channels=1)", rgb).Channels);
        var keepAlpha = (Image<byte>)Run("grayscale(num_output_channels=none)", rgba);
        Assert.Equal(4, keepAlpha.Channels);
        Assert.Equal(rgba[2, 1, 3], keepAlpha[2, 1, 3]);
        Assert.Equal(keepAlpha[2, 1, 0], keepAlpha[2, 1, 2]);
        Assert.Equal(3, Run("grayscale(num_output_channels=3)", rgba).Channels);
        Assert.True(((Image<byte>)Run("grayscale(num_output_channels=3)", gray)).ContentEquals(gray));
        Assert.Throws<TransformParameterException>(() => Registry.Parse<Sample>("grayscale(num_output_channels=2)"));
    }
}
