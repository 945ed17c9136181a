using System.Globalization;

namespace SharpAugment.Demos.Overfitting;

/// <summary>
/// Maps the demo's single strength slider s in [0, 1] onto the library's tabular augmenters: every row rotated about
/// the spiral's centre by up to +-MaxAngle x s degrees (which moves a point along its arm), blended with a random point
/// of its class with Beta(MaxAlpha x s) weights, and jittered by Gaussian noise of MaxSigma x s column stds.
/// s = 0 is no augmentation at all.
/// </summary>
public static class AugmentationStrength
{
    /// <summary>The rotation bound, in degrees, at strength 1.</summary>
    public const double MaxAngle = 40;

    /// <summary>The mixup Beta concentration at strength 1.</summary>
    public const double MaxAlpha = 0.4;

    /// <summary>The noise, in column standard deviations, at strength 1.</summary>
    public const double MaxSigma = 0.25;

    /// <summary>The pipeline text for <paramref name="strength"/> (empty at 0: nothing to apply).</summary>
    public static string Pipeline(double strength)
    {
        if (!(strength >= 0 && strength <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(strength), strength, "overfitting demo: 'strength' must lie in [0, 1]");
        }

        if (strength == 0)
        {
            return string.Empty;
        }

        string angle = Format(MaxAngle * strength);
        return $"tabular_rotate(angle=-{angle}..{angle}) | tabular_mixup(alpha={Format(MaxAlpha * strength)}) | tabular_gaussian_noise(sigma={Format(MaxSigma * strength)})";
    }

    private static string Format(double value) => Math.Round(value, 6).ToString("R", CultureInfo.InvariantCulture);
}
