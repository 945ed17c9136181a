using SharpAugment.Tests.Support;
using SharpAugment.Kernels;

namespace SharpAugment.Tests.Kernels;

[Trait("Category", "Kernels")]
public class LutTests
{
    [Fact]
    public void AlphaChannelIsCopiedNotMapped()
    {
        byte[] src = [10, 20, 30, 40, 50, 60, 70, 80];
        var dst = new byte[8];
        Span<byte> table = stackalloc byte[256];
        LutTables.Invert(table);
        Lut.Apply(src, dst, table, channels: 4, colorChannels: 3);
        Assert.Equal([245, 235, 225, 40, 205, 195, 185, 80], dst);
    }

    [Fact]
    public void PerChannelTablesUseTheirChannel()
    {
        byte[] src = [1, 1, 1, 2, 2, 2];
        var dst = new byte[6];
        var tables = new byte[768];
        for (int c = 0; c < 3; c++)
        {
            for (int i = 0; i < 256; i++)
            {
                tables[(c * 256) + i] = (byte)(i + (10 * c));
            }
        }

        Lut.ApplyPerChannel(src, dst, tables, 3, 3);
        Assert.Equal([1, 11, 21, 2, 12, 22], dst);
    }

    [Fact]
    public void TablesFollowTorchvisionFormulas()
    {
        Span<byte> t = stackalloc byte[256];
        LutTables.Posterize(t, 3);
        Assert.Equal(224, t[255]);
        Assert.Equal(32, t[63]);
        LutTables.Posterize(t, 0);
        Assert.Equal(0, t[255]);
        LutTables.Solarize(t, 100);
        Assert.Equal(99, t[99]);
        Assert.Equal(155, t[100]);
        LutTables.Blend(t, 1.3, 0f);
        Assert.Equal((byte)(1.3f * 100), t[100]);
        Assert.Equal(255, t[250]);
        LutTables.Gamma(t, 1.0, 1.0);
        for (int i = 0; i < 256; i++)
        {
            // x/255*255.999 truncated is x for every byte: gamma 1 is the identity, as in torchvision.
            Assert.Equal(i, t[i]);
        }
    }

    [Fact]
    public void BadArgumentsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LutTables.Posterize(new byte[256], 9));
        Assert.Throws<ArgumentException>(() => Lut.Apply(new byte[6], new byte[6], new byte[255], 3, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Lut.Apply(new byte[6], new byte[6], new byte[256], 3, 4));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void LutAppliesTheTableToEveryElement(int channels)
    {
        var img = TestImages.Random(11, 5, channels, seed: 6);
        var table = new byte[256];
        for (int i = 0; i < 256; i++)
        {
            table[i] = (byte)((i * 97 + 13) % 256);
        }

        var dst = new byte[img.Pixels.Length];
        Lut.Apply(img.Pixels, dst, table, channels, channels);
        for (int i = 0; i < dst.Length; i++)
        {
            Assert.Equal(table[img.Pixels[i]], dst[i]);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void PerChannelLutUsesEachChannelsTable(int channels)
    {
        var img = TestImages.Random(9, 5, channels, seed: 15);
        var tables = new byte[256 * 3];
        for (int i = 0; i < tables.Length; i++)
        {
            tables[i] = (byte)((i * 31 + 7) % 256);
        }

        var dst = new byte[img.Pixels.Length];
        Lut.ApplyPerChannel(img.Pixels, dst, tables, channels, 3);
        for (int i = 0; i < dst.Length; i++)
        {
            int c = i % channels;
            Assert.Equal(c < 3 ? tables[(c * 256) + img.Pixels[i]] : img.Pixels[i], dst[i]);
        }
    }
}
