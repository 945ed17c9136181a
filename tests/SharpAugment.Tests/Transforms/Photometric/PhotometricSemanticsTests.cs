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

    [Fact]
    public void FloatContrastBlendsWithTheGrayMean()
    {
        var img = new Image<float>(2, 1, 1, [0.2f, 0.6f]);
        var r = ((Image<float>)Run("contrast(factor=0)", img)).Pixels;
        Assert.Equal(0.4f, r[0], 6);
        Assert.Equal(0.4f, r[1], 6);
    }

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

    [Fact]
    public void NormalizeToFloatFromFloat()
    {
        var img = new Image<byte>(1, 1, 3, [0, 128, 255]);
        var n = (Image<float>)Run("normalize", img);
        Assert.Equal((0 - 0.485f) / 0.229f, n.Pixels[0], 5);
        Assert.Equal(((128 / 255f) - 0.456f) / 0.224f, n.Pixels[1], 5);
        Assert.Equal((1 - 0.406f) / 0.225f, n.Pixels[2], 5);

        // Float input is taken as already on [0, 1] (torchvision Normalize after ToTensor).
        var nf = (Image<float>)Run("normalize(mean=0.5, std=0.5)", new Image<float>(1, 1, 1, [0.75f]));
        Assert.Equal(0.5f, nf.Pixels[0], 6);

        var bytes = TestImages.Bytes(9, 7, 3);
        var f = (Image<float>)Run("to_float", bytes);
        Assert.Equal(bytes.Pixels[5] / 255f, f.Pixels[5], 6);
        var back = (Image<byte>)Run("from_float", f);
        Assert.True(back.ContentEquals(bytes));
        Assert.Equal(0.5f, ((Image<float>)Run("to_float(max_value=2)", new Image<byte>(1, 1, 1, [1]))).Pixels[0]);

        var e = Assert.Throws<ArgumentException>(() => Run("normalize", TestImages.Bytes(2, 2, 1)));
        Assert.Contains("normalize", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GaussianNoiseHasTheRequestedSpread()
    {
        var img = new Image<float>(100, 100, 1, Enumerable.Repeat(0.5f, 10000).ToArray());
        var r = ((Image<float>)Run("gaussian_noise(mean=0.1, sigma=0.05)", img, seed: 3)).Pixels;
        double mean = r.Average(v => (double)v);
        double sd = Math.Sqrt(r.Average(v => (v - mean) * (v - mean)));

        // 10,000 draws: standard error of the mean is 0.0005, of the sd about 0.00035; 0.005 is ten of either.
        Assert.InRange(mean, 0.595, 0.605);
        Assert.InRange(sd, 0.045, 0.055);
        var clipped = ((Image<float>)Run("gaussian_noise(sigma=1)", img)).Pixels;
        Assert.All(clipped, v => Assert.InRange(v, 0f, 1f));
        var unclipped = ((Image<float>)Run("gaussian_noise(sigma=1, clip=false)", img)).Pixels;
        Assert.Contains(unclipped, v => v is < 0f or > 1f);
    }

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
    public void ChannelShuffleIsAPermutationOfColourChannels()
    {
        var image = TestImages.Bytes(6, 6, 3);
        var seen = new HashSet<string>();
        for (ulong s = 0; s < 60; s++)
        {
            var r = (Image<byte>)Run("channel_shuffle(p=1)", image, s);
            var order = new int[3];
            for (int c = 0; c < 3; c++)
            {
                order[c] = Enumerable.Range(0, 3).Single(k => Enumerable.Range(0, 36).All(i => r.Pixels[(i * 3) + c] == image.Pixels[(i * 3) + k]));
            }

            seen.Add(string.Join(",", order));
        }

        // 60 draws of 6 equally likely orders: missing one has probability 6 * (5/6)^60, about 1e-4.
        Assert.Equal(6, seen.Count);
    }

    [Fact]
    public void OneByOneImagesPassThroughSharpnessAndBlur()
    {
        var px = new Image<byte>(1, 1, 3, [10, 20, 30]);
        Assert.True(((Image<byte>)Run("sharpness(factor=2)", px)).ContentEquals(px));
        Assert.True(((Image<byte>)Run("gaussian_blur(kernel_size=5, sigma=1)", px)).ContentEquals(px));
    }
}
