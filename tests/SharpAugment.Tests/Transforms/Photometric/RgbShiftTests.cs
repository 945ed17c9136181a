using SharpAugment.Imaging;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;
using SharpAugment.Transforms;
using SharpAugment.Transforms.Photometric;

namespace SharpAugment.Tests.Transforms.Photometric;

/// <summary><c>rgb_shift</c>: constant per-channel shifts; values against albucore in AlbumentationsPixelReferenceTests.</summary>
public class RgbShiftTests
{
    private static readonly TransformRegistry Registry = new TransformRegistry().AddImageTransforms();

    [Fact]
    public void LimitsBeyondOneAreLevelsAndWithinOneAreFractions()
    {
        var flat = new Image<byte>(2, 2, 3);
        Array.Fill(flat.Pixels, (byte)100);
        var levels = (Image<byte>)Registry.Parse<Sample>("rgb_shift(r_shift_limit=20, g_shift_limit=-15, b_shift_limit=7.9, p=1)")
            .Apply(new Sample(flat), new AugmentContext(new Rng(0))).Image;
        Assert.Equal(new byte[] { 120, 85, 107 }, levels.Pixels[..3]);

        // 0.1 of the maximum is 25.5 levels, truncated to 25.
        var fractions = (Image<byte>)Registry.Parse<Sample>("rgb_shift(r_shift_limit=0.1, g_shift_limit=-0.1, b_shift_limit=0, p=1)")
            .Apply(new Sample(flat), new AugmentContext(new Rng(0))).Image;
        Assert.Equal(new byte[] { 125, 75, 100 }, fractions.Pixels[..3]);
    }

    [Fact]
    public void ShiftsStayWithinTheirRanges()
    {
        var t = (RgbShift)Registry.Parse<Sample>("rgb_shift(r_shift_limit=-30..30, g_shift_limit=0..10, b_shift_limit=-5..-1, p=1)");
        var sample = new Sample(new Image<byte>(1, 1, 3));
        for (ulong s = 0; s < 100; s++)
        {
            var p = t.SampleParams(sample, new Rng(s));
            Assert.InRange(p.R * 255, -30.0001, 30.0001);
            Assert.InRange(p.G * 255, -0.0001, 10.0001);
            Assert.InRange(p.B * 255, -5.0001, -0.9999);
        }
    }
}
