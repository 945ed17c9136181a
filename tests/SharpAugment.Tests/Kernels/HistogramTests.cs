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
}
