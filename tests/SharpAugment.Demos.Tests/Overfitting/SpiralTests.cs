using SharpAugment.Demos.Overfitting;
using SharpAugment.Randomness;

namespace SharpAugment.Demos.Tests.Overfitting;

public class SpiralTests
{
    [Fact]
    public void NoiselessPointsLieOnTheirClassArm()
    {
        var data = Spiral.Generate(41, 0, new Rng(3));
        Assert.Equal(21, data.RowsOfClass(0).Length);
        Assert.Equal(20, data.RowsOfClass(1).Length);
        for (int i = 0; i < data.Rows; i++)
        {
            double x = data.Numeric[2 * i], y = data.Numeric[2 * i + 1];
            double u = Math.Sqrt(x * x + y * y) / Spiral.Radius;
            double expected = Spiral.Turns * 2 * Math.PI * u + data.Labels[i] * Math.PI;

            // Angle measured from the +y axis towards +x (x = r sin t, y = r cos t), compared modulo a full turn.
            double diff = Math.IEEERemainder(Math.Atan2(x, y) - expected, 2 * Math.PI);
            Assert.True(Math.Abs(diff) < 1e-4 || u < 1e-3, $"row {i}: off its arm by {diff} rad");
        }
    }

    [Fact]
    public void NoiseHasTheRequestedSpreadAndTheSeedFixesThePoints()
    {
        var clean = Spiral.Generate(4000, 0, new Rng(9));
        var noisy = Spiral.Generate(4000, 0.4, new Rng(9));
        Assert.Equal(noisy.Numeric, Spiral.Generate(4000, 0.4, new Rng(9)).Numeric);
        Assert.NotEqual(noisy.Numeric, Spiral.Generate(4000, 0.4, new Rng(10)).Numeric);

        // The noise draws do not depend on the noise level, so the same seed puts the same arm positions under both:
        // the difference is the noise alone. 8,000 N(0, 0.4^2) draws: std within 5% and mean within 0.02 (> 6 sigma).
        var deltas = noisy.Numeric.Zip(clean.Numeric, (a, b) => (double)a - b).ToArray();
        double mean = deltas.Average();
        double std = Math.Sqrt(deltas.Select(d => (d - mean) * (d - mean)).Average());
        Assert.InRange(mean, -0.02, 0.02);
        Assert.InRange(std, 0.38, 0.42);
        Assert.Equal(clean.Labels, noisy.Labels);
        Assert.Throws<ArgumentOutOfRangeException>(() => Spiral.Generate(1, 0.4, new Rng(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Spiral.Generate(10, -1, new Rng(1)));
    }
}
