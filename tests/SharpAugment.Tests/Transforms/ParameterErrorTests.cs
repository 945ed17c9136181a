using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Geometric;

namespace SharpAugment.Tests.Transforms;

/// <summary>Invalid input raises an error that names the transform, the parameter, the value and what is allowed.</summary>
public class ParameterErrorTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    [Theory]
    [InlineData("rotate(p=-0.1)", "rotate", "p", "[0, 1]")]
    [InlineData("resize(width=-5, height=3)", "resize", "width", "[0, 100000000]")]
    [InlineData("affine(scale=0)", "affine", "scale", "[0.001, 1000]")]
    [InlineData("affine(shear=[95, 0])", "affine", "shear", "[-89, 89]")]
    [InlineData("rotate(angle=30..10)", "rotate", "angle", "lo <= hi")]
    [InlineData("rotate(interpolation=sideways)", "rotate", "interpolation", "nearest|bilinear")]
    [InlineData("pad(padding=[1, 2, 3])", "pad", "padding", "1, 2 or 4 values")]
    [InlineData("crop(width=0)", "crop", "width", "[1, 100000000]")]
    [InlineData("resize(size=10, width=4)", "resize", "size", "not both")]
    public void BadParametersAreRejectedWhenBuilt(string text, string transform, string parameter, string allowed)
    {
        var e = Assert.Throws<TransformParameterException>(() => Registry.Parse<Sample>(text));
        Assert.Equal(transform, e.Transform);
        Assert.Equal(parameter, e.Parameter);
        Assert.Contains(allowed, e.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void NaNIsRejectedInCodeToo()
    {
        var e = Assert.Throws<TransformParameterException>(() => new Rotate(new RotateOptions { Angle = double.NaN }));
        Assert.Equal("angle", e.Parameter);
        var p = Assert.Throws<TransformParameterException>(() => new HFlip(new HFlipOptions { P = 2 }));
        Assert.Equal("p", p.Parameter);
    }

    public static TheoryData<string, string, TransformOptions> CodeAndText => new()
    {
        { "rotate(p=-0.1)", "rotate", new RotateOptions { P = -0.1 } },
        { "affine(scale=0)", "affine", new AffineOptions { Scale = 0 } },
        { "affine(shear=[95, 0])", "affine", new AffineOptions { Shear = [95, 0] } },
        { "rotate(angle=30..10)", "rotate", new RotateOptions { Angle = new(30, 10) } },
        { "resize(width=-5, height=3)", "resize", new ResizeOptions { Width = -5, Height = 3 } },
        { "pad(padding=[1, 2, 3])", "pad", new PadOptions { Padding = [1, 2, 3] } },
    };

    [Theory]
    [MemberData(nameof(CodeAndText))]
    public void OptionsMadeInCodeGetTheMessageTheTextGets(string text, string name, TransformOptions options)
    {
        var written = Assert.Throws<TransformParameterException>(() => Registry.Parse<Sample>(text));
        var coded = Assert.Throws<TransformParameterException>(() => Registry.Create<Sample>(name, options));
        Assert.Equal((written.Transform, written.Parameter, written.Value, written.Allowed), (coded.Transform, coded.Parameter, coded.Value, coded.Allowed));
    }

    [Fact]
    public void TypedValuesOutsideTheSyntaxAreRejectedInCode()
    {
        var e = Assert.Throws<TransformParameterException>(() => new Rotate(new RotateOptions { Interpolation = (SharpAugment.Kernels.Interpolation)99 }));
        Assert.Equal(("interpolation", "99"), (e.Parameter, e.Value));
        Assert.Contains("nearest|bilinear", e.Allowed, StringComparison.Ordinal);
        var none = Assert.Throws<TransformParameterException>(() => new Affine(new AffineOptions { Shear = null! }));
        Assert.Equal(("shear", "none"), (none.Parameter, none.Value));
        var nullable = new SharpAugment.Transforms.Photometric.Grayscale(new SharpAugment.Transforms.Photometric.GrayscaleOptions { NumOutputChannels = null });
        Assert.Null(nullable.Options.NumOutputChannels);
    }

    [Fact]
    public void CropLargerThanTheImageIsRefusedAtApply()
    {
        var t = Registry.Parse<Sample>("crop(x=5, y=5, width=30, height=10)");
        var e = Assert.Throws<TransformParameterException>(() => t.Apply(new Sample(TestImages.Random(20, 20, 3)), new AugmentContext(new Rng(1))));
        Assert.Equal("crop", e.Transform);
        Assert.Contains("20x20", e.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskOfAnotherSizeAndInvertedBoxAreRejected()
    {
        var t = Registry.Parse<Sample>("hflip");
        var badMask = new Sample(TestImages.Random(20, 20, 3)) { Masks = [TestImages.Mask(19, 20)] };
        var m = Assert.Throws<ArgumentException>(() => t.Apply(badMask, new AugmentContext(new Rng(1))));
        Assert.Contains("mask 0", m.Message, StringComparison.Ordinal);
        var badBox = new Sample(TestImages.Random(20, 20, 3)) { Boxes = [new BoundingBox(10, 1, 5, 4)] };
        var b = Assert.Throws<ArgumentException>(() => t.Apply(badBox, new AugmentContext(new Rng(1))));
        Assert.Contains("x_min must be <= x_max", b.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongDataTypeIsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Registry.Parse<string>("hflip"));
        Assert.Contains("hflip", e.Message, StringComparison.Ordinal);
    }
}
