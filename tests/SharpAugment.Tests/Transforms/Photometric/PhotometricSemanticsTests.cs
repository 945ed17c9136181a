using SharpAugment.Tests.Support;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary>Value-level checks of the float paths, the type conversions and the parameter rules, where torchvision fixtures do not reach.</summary>
public class PhotometricSemanticsTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static IImage Run(string text, IImage image, ulong seed = 1) =>
        Registry.Parse<Sample>(text).Apply(new Sample(image), new AugmentContext(new Rng(seed))).Image;

    [Fact]
    public void FloatBrightnessAndInvertAndSolarizeFollowTorchvisionFloatFormulas()
    {
        var img = new Image<float>(3, 1, 1, [0.2f, 0.6f, 0.9f]);
        Assert.Equal([0.3f, 0.90000004f, 1f], ((Image<float>)Run("brightness(factor=1.5)", img)).Pixels);
        Assert.Equal([0.8f, 0.39999998f, 0.100000024f], ((Image<float>)Run("invert", img)).Pixels);

        // threshold is in 0..255 units: 153/255 = 0.6, so 0.6 and 0.9 are inverted and 0.2 is not.
        var s = ((Image<float>)Run("solarize(threshold=153)", img)).Pixels;
        Assert.Equal(0.2f, s[0]);
        Assert.Equal(1f - 0.6f, s[1]);
        Assert.Equal(1f - 0.9f, s[2], 6);
    }

    [Theory]
    [InlineData("hue(factor=0.6)", "factor")]
    [InlineData("posterize(bits=9)", "bits")]
    [InlineData("solarize(threshold=300)", "threshold")]
    [InlineData("gaussian_blur(kernel_size=4)", "kernel_size")]
    [InlineData("gaussian_blur(sigma=0)", "sigma")]
    [InlineData("brightness(factor=-1)", "factor")]
    [InlineData("color_jitter(hue=0.7)", "hue")]
    [InlineData("normalize(std=0)", "std")]
    public void BadParametersNameTransformAndParameter(string text, string parameter)
    {
        var e = Assert.Throws<TransformParameterException>(() => Registry.Parse<Sample>(text));
        Assert.Equal(text[..text.IndexOf('(', StringComparison.Ordinal)], e.Transform);
        Assert.Equal(parameter, e.Parameter);
    }

    [Fact]
    public void OneByOneImagesPassThroughSharpnessAndBlur()
    {
        var px = new Image<byte>(1, 1, 3, [10, 20, 30]);
        Assert.True(((Image<byte>)Run("sharpness(factor=2)", px)).ContentEquals(px));
        Assert.True(((Image<byte>)Run("gaussian_blur(kernel_size=5, sigma=1)", px)).ContentEquals(px));
    }
}
