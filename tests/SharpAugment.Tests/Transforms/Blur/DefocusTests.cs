using SharpAugment.Imaging;
using SharpAugment.Transforms.Blur;

namespace SharpAugment.Tests.Transforms.Blur;

/// <summary><c>defocus</c>: a softened disk kernel.</summary>
public class DefocusTests
{
    [Fact]
    public void TheKernelIsASymmetricDiskSummingToOne()
    {
        var (k, size) = Defocus.Kernel(new DefocusParams(4, 0.3));
        Assert.Equal(17, size);
        Assert.Equal(1.0, k.Sum(v => (double)v), 4);
        Assert.Equal(k[(8 * 17) + 4], k[(8 * 17) + 12], 6); // left and right edge of the disk
        Assert.Equal(0f, k[0]); // corners are outside the disk
        Assert.True(k[(8 * 17) + 8] > 0);
    }

    [Fact]
    public void KeepsAFlatImageAndLowersContrast()
    {
        var flat = new Image<byte>(12, 10, 3);
        Array.Fill(flat.Pixels, (byte)90);
        var t = new Defocus(new DefocusOptions { P = 1 });
        Assert.All(((Image<byte>)t.Apply(new Sample(flat), new DefocusParams(3, 0.2)).Image).Pixels, v => Assert.Equal(90, v));

        // A one-pixel checkerboard: a disk of radius 3 averages it to nearly flat gray.
        var noisy = new Image<byte>(24, 24, 1);
        for (int i = 0; i < noisy.Pixels.Length; i++)
        {
            noisy.Pixels[i] = (byte)(((i % 24) + (i / 24)) % 2 == 0 ? 250 : 0);
        }

        var r = (Image<byte>)t.Apply(new Sample(noisy), new DefocusParams(3, 0.2)).Image;
        Assert.True(Std(r.Pixels) < 0.2 * Std(noisy.Pixels), $"std {Std(r.Pixels)} vs {Std(noisy.Pixels)}");
    }

    private static double Std(byte[] v)
    {
        double m = v.Average(x => (double)x);
        return Math.Sqrt(v.Average(x => (x - m) * (x - m)));
    }
}
