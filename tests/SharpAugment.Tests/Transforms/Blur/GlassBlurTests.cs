using SharpAugment.Imaging;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms.Blur;

namespace SharpAugment.Tests.Transforms.Blur;

/// <summary><c>glass_blur</c>: blur, swaps, blur.</summary>
public class GlassBlurTests
{
    [Theory]
    [InlineData(GlassBlurMode.Fast)]
    [InlineData(GlassBlurMode.Exact)]
    public void KeepsAFlatImageAndTheMean(GlassBlurMode mode)
    {
        var t = new GlassBlur(new GlassBlurOptions { P = 1, Mode = mode });
        var flat = new Image<byte>(20, 16, 3);
        Array.Fill(flat.Pixels, (byte)123);
        Assert.All(((Image<byte>)t.Apply(new Sample(flat), new GlassBlurParams(9)).Image).Pixels, v => Assert.Equal(123, v));

        var noisy = TestImages.Bytes(40, 30, 1, seed: 4);
        var r = (Image<byte>)t.Apply(new Sample(noisy), new GlassBlurParams(9)).Image;
        Assert.InRange(r.Pixels.Average(v => (double)v) - noisy.Pixels.Average(v => (double)v), -3, 3);
        Assert.False(r.ContentEquals(noisy));
    }

    [Fact]
    public void TheSeedDecidesTheSwaps()
    {
        var t = new GlassBlur(new GlassBlurOptions { P = 1 });
        var image = TestImages.Bytes(30, 30, 1, seed: 5);
        var a = (Image<byte>)t.Apply(new Sample(image), new GlassBlurParams(1)).Image;
        var b = (Image<byte>)t.Apply(new Sample(image), new GlassBlurParams(2)).Image;
        Assert.True(a.ContentEquals((Image<byte>)t.Apply(new Sample(image), new GlassBlurParams(1)).Image));
        Assert.False(a.ContentEquals(b));
    }
}
