using System.Globalization;
using SharpAugment.Randomness;

namespace SharpAugment.Pipelines;

/// <summary>A parameter that is a constant or a uniform range (<c>angle=30</c> or <c>angle=-30..30</c>).</summary>
/// <param name="Lo">The lower end.</param>
/// <param name="Hi">The upper end; equal to <paramref name="Lo"/> for a constant.</param>
public readonly record struct FloatRange(double Lo, double Hi)
{
    /// <summary>A constant.</summary>
    public static implicit operator FloatRange(double value) => new(value, value);

    /// <summary>A constant, for languages without implicit conversions.</summary>
    public static FloatRange FromDouble(double value) => new(value, value);

    /// <summary>Whether the range is a single value, which draws nothing from the Rng.</summary>
    public bool IsConstant => Lo == Hi;

    /// <summary>Draws a value uniformly (nothing is drawn for a constant).</summary>
    public double Sample(Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return rng.Uniform(Lo, Hi);
    }

    /// <summary>The text form: the constant, or <c>lo..hi</c>.</summary>
    public override string ToString() => IsConstant
        ? Lo.ToString("R", CultureInfo.InvariantCulture)
        : Lo.ToString("R", CultureInfo.InvariantCulture) + ".." + Hi.ToString("R", CultureInfo.InvariantCulture);
}
