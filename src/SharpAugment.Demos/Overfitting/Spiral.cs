using SharpAugment.Randomness;
using SharpAugment.Tabular;

namespace SharpAugment.Demos.Overfitting;

/// <summary>
/// The two-arm interleaved spiral of TensorFlow Playground: a point at arm position u in [0, 1) has radius
/// <see cref="Radius"/> x u and angle <see cref="Turns"/> x 2 pi x u (plus pi for class 1), then Gaussian noise on each
/// coordinate. The arms are <see cref="ArmGap"/> apart along any ray, so noise 0.4 keeps most points on their own side.
/// </summary>
public static class Spiral
{
    /// <summary>The radius at the arms' outer end.</summary>
    public const double Radius = 5;

    /// <summary>How many full turns each arm makes.</summary>
    public const double Turns = 1.75;

    /// <summary>Distance between the two classes' arms along a ray from the centre: radius / turns / 2.</summary>
    public const double ArmGap = Radius / Turns / 2;

    /// <summary>
    /// <paramref name="points"/> points (class 0 gets the odd one), each at a uniform arm position, with Gaussian noise of
    /// standard deviation <paramref name="noise"/> on x and y; class 0's rows first. A 2-column table with labels 0 and 1.
    /// </summary>
    public static TabularDataset Generate(int points, double noise, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (points < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "spiral: points must be >= 2 (one per class)");
        }

        if (!(noise >= 0) || !double.IsFinite(noise))
        {
            throw new ArgumentOutOfRangeException(nameof(noise), noise, "spiral: noise must be a finite number >= 0");
        }

        var features = new float[points * 2];
        var labels = new int[points];
        int firstClass = (points + 1) / 2;
        for (int i = 0; i < points; i++)
        {
            int label = i < firstClass ? 0 : 1;
            double u = rng.NextDouble();
            double r = Radius * u;
            double t = Turns * 2 * Math.PI * u + label * Math.PI;
            features[2 * i] = (float)(r * Math.Sin(t) + rng.Normal(0, noise));
            features[2 * i + 1] = (float)(r * Math.Cos(t) + rng.Normal(0, noise));
            labels[i] = label;
        }

        return new TabularDataset(features, 2, labels);
    }
}
