using SharpAugment.Imaging;
using SharpAugment.Randomness;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>random_tone_curve</c>: a Bezier tone curve.</summary>
public class RandomToneCurveTests
{
    [Fact]
    public void ControlPointsOneThirdAndTwoThirdsGiveTheIdentity()
    {
        var ramp = new Image<byte>(256, 1, 1, Enumerable.Range(0, 256).Select(i => (byte)i).ToArray());
        var t = new RandomToneCurve(new RandomToneCurveOptions { P = 1 });
        var r = (Image<byte>)t.Apply(new Sample(ramp), new RandomToneCurveParams([1 / 3.0], [2 / 3.0])).Image;
        Assert.Equal(ramp.Pixels, r.Pixels);

        // A higher dark control point brightens the shadows.
        var bright = (Image<byte>)t.Apply(new Sample(ramp), new RandomToneCurveParams([0.6], [0.75])).Image;
        Assert.True(bright.Pixels[40] > 40);
    }

    [Fact]
    public void ControlPointsCentreOnAQuarterAndThreeQuarters()
    {
        var t = new RandomToneCurve(new RandomToneCurveOptions { P = 1, Scale = 0.1, PerChannel = true });
        var rng = new Rng(2);
        var draws = Enumerable.Range(0, 500).Select(_ => t.SampleParams(new Sample(new Image<byte>(1, 1, 3)), rng)).ToList();
        Assert.All(draws, d => Assert.Equal(3, d.LowY.Length));
        Assert.Equal(0.25, draws.Average(d => d.LowY.Average()), 1);
        Assert.Equal(0.75, draws.Average(d => d.HighY.Average()), 1);
    }
}
