using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Tests.Support;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>channel_dropout</c>: n colour channels set to fill.</summary>
public class ChannelDropoutTests
{
    [Fact]
    public void DropsTheDrawnNumberOfChannelsEachEquallyOften()
    {
        var t = new ChannelDropout(new ChannelDropoutOptions { P = 1, ChannelDropRange = new(1, 2), Fill = 7 });
        var image = TestImages.Bytes(6, 5, 3, seed: 3);
        var counts = new int[3];
        var sizes = new int[3];
        for (ulong s = 0; s < 600; s++)
        {
            var p = t.SampleParams(new Sample(image), new Rng(s));
            sizes[p.Channels.Length]++;
            var r = (Image<byte>)t.Apply(new Sample(image), p).Image;
            for (int c = 0; c < 3; c++)
            {
                bool dropped = p.Channels.Contains(c);
                counts[c] += dropped ? 1 : 0;
                for (int i = c; i < r.Pixels.Length; i += 3)
                {
                    Assert.Equal(dropped ? 7 : image.Pixels[i], r.Pixels[i]);
                }
            }
        }

        Assert.Equal(0, sizes[0]);
        Assert.InRange(sizes[1], 240, 360); // 1 or 2 channels with equal chance: 300 +- 4.9 sigma
        foreach (int n in counts)
        {
            Assert.InRange(n, 240, 360); // each channel dropped with probability 1/2 over the mix: 300 expected
        }
    }

    [Fact]
    public void GrayIsUnchangedAndAlphaNeverDrops()
    {
        var t = new ChannelDropout(new ChannelDropoutOptions { P = 1, ChannelDropRange = new(2, 3) });
        var gray = TestImages.Bytes(4, 4, 1);
        Assert.Empty(t.SampleParams(new Sample(gray), new Rng(1)).Channels);
        var rgba = TestImages.Bytes(4, 4, 4);
        for (ulong s = 0; s < 50; s++)
        {
            var p = t.SampleParams(new Sample(rgba), new Rng(s));
            Assert.Equal(2, p.Channels.Length);
            Assert.DoesNotContain(3, p.Channels);
        }
    }
}
