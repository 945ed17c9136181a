using SharpAugment.Kernels;

namespace SharpAugment.Tests.Kernels;

[Trait("Category", "Kernels")]
public class PixelPackingConvertTests
{
    // Pillow 9.4 Image.convert("L") of these RGB pixels (values from Pillow's Convert.c L24 fixed point).
    private static readonly byte[] Rgb = [0, 0, 0, 255, 255, 255, 12, 200, 77, 255, 0, 0, 0, 255, 0, 0, 0, 255, 100, 101, 102, 37, 1, 250];
    private static readonly byte[] PillowL = [0, 255, 130, 76, 150, 29, 101, 40];

    [Fact]
    public void ColourToGrayIsPillowsLuma()
    {
        var gray = new byte[8];
        PixelPacking.ConvertChannels(Rgb, 3, gray, 1, 8);
        Assert.Equal(PillowL, gray);

        var rgba = new byte[32];
        PixelPacking.ConvertChannels(Rgb, 3, rgba, 4, 8);
        Assert.All(Enumerable.Range(0, 8), p => Assert.Equal(255, rgba[(4 * p) + 3]));
        var fromRgba = new byte[8];
        PixelPacking.ConvertChannels(rgba, 4, fromRgba, 1, 8);
        Assert.Equal(PillowL, fromRgba);
        var back = new byte[24];
        PixelPacking.ConvertChannels(rgba, 4, back, 3, 8);
        Assert.Equal(Rgb, back);
    }

    [Fact]
    public void GrayIsCopiedIntoEveryColourChannel()
    {
        byte[] gray = [5, 250];
        var rgb = new byte[6];
        PixelPacking.ConvertChannels(gray, 1, rgb, 3, 2);
        Assert.Equal(new byte[] { 5, 5, 5, 250, 250, 250 }, rgb);
        var rgba = new byte[8];
        PixelPacking.ConvertChannels(gray, 1, rgba, 4, 2);
        Assert.Equal(new byte[] { 5, 5, 5, 255, 250, 250, 250, 255 }, rgba);
    }

    [Fact]
    public void RefusesOtherChannelCountsAndShortBuffers()
    {
        Assert.Throws<ArgumentException>(() => PixelPacking.ConvertChannels(new byte[4], 2, new byte[6], 3, 2));
        Assert.Throws<ArgumentException>(() => PixelPacking.ConvertChannels(new byte[2], 1, new byte[5], 3, 2));
    }
}
