using SharpAugment.Tests.Support;
using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>normalize</c>, <c>to_float</c> and <c>from_float</c>: the depth conversions.</summary>
public class NormalizeTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    private static IImage Run(string text, IImage image, ulong seed = 1) =>
        Registry.Parse<Sample>(text).Apply(new Sample(image), new AugmentContext(new Rng(seed))).Image;

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
}
