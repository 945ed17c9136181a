using SharpAugment.Tests.Support;
using SharpAugment.Kernels;

namespace SharpAugment.Tests.Kernels;

[Trait("Category", "Kernels")]
public class HistogramTests
{
    [Fact]
    public void SingleValuedChannelEqualizesToItself()
    {
        var counts = new int[256];
        counts[77] = 50;
        var table = new byte[256];
        Histogram.EqualizeTable(counts, table);
        Assert.Equal(77, table[77]);
        Histogram.AutocontrastTable(counts, table);
        Assert.Equal(77, table[77]);
    }

    [Fact]
    public void AutocontrastStretchesMinAndMaxToTheFullRange()
    {
        var counts = new int[256];
        counts[50] = 3;
        counts[100] = 4;
        counts[150] = 3;
        var table = new byte[256];
        Histogram.AutocontrastTable(counts, table);
        Assert.Equal(0, table[50]);
        Assert.Equal(255, table[150]);
        Assert.Equal(127, table[100]);
    }

    [Fact]
    public void EqualizeFollowsTheCumulativeStepFormula()
    {
        // 255 values at 0 and 255 at 10 and 1 at 20: step = (255 + 255) // 255 = 2; lut[i] = (cumsum[i-1] + 1) // 2.
        var counts = new int[256];
        counts[0] = 255;
        counts[10] = 255;
        counts[20] = 1;
        var table = new byte[256];
        Histogram.EqualizeTable(counts, table);
        Assert.Equal(0, table[0]);
        Assert.Equal(128, table[10]);
        Assert.Equal(255, table[20]);
    }

    [Fact]
    public void CountReadsOneChannel()
    {
        byte[] px = [1, 2, 1, 2, 3, 2];
        var counts = new int[256];
        Histogram.Count(px, 2, 1, counts);
        Assert.Equal(3, counts[2]);
        Assert.Equal(0, counts[1]);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    public void AutocontrastFromMinMaxEqualsTheHistogramTables(int channels, int colorChannels)
    {
        foreach (int width in new[] { 1, 5, 16, 37 })
        {
            var img = TestImages.Random(width, 3, channels, seed: 16);

            // Narrow, channel-dependent ranges, so min and max are not simply 0 and 255.
            for (int i = 0; i < img.Pixels.Length; i++)
            {
                img.Pixels[i] = (byte)(30 + (img.Pixels[i] / (2 + (i % channels))));
            }

            img.Pixels[^1] = 7;
            var counts = new int[256 * colorChannels];
            Histogram.CountChannels(img.Pixels, channels, colorChannels, counts);

            foreach (bool vectorized in new[] { true, false })
            {
                var min = new byte[colorChannels];
                var max = new byte[colorChannels];
                Histogram.MinMaxChannels(img.Pixels, channels, colorChannels, min, max, vectorized);
                for (int c = 0; c < colorChannels; c++)
                {
                    var expected = new byte[256];
                    var actual = new byte[256];
                    Histogram.AutocontrastTable(counts.AsSpan(c * 256, 256), expected);
                    Histogram.AutocontrastTable(min[c], max[c], actual);
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    public void CountChannelsEqualsOneCountPerChannel(int channels, int colorChannels)
    {
        var img = TestImages.Random(19, 7, channels, seed: 14);
        var all = new int[256 * colorChannels];
        Histogram.CountChannels(img.Pixels, channels, colorChannels, all);
        var one = new int[256];
        for (int c = 0; c < colorChannels; c++)
        {
            Histogram.Count(img.Pixels, channels, c, one);
            Assert.Equal(one, all.AsSpan(c * 256, 256).ToArray());
        }
    }
}
