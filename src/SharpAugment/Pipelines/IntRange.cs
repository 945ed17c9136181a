using System.Globalization;
using SharpAugment.Randomness;

namespace SharpAugment.Pipelines;

/// <summary>An integer parameter that is a constant or an inclusive uniform range (<c>bits=4</c> or <c>bits=2..6</c>).</summary>
/// <param name="Lo">The lower end, inclusive.</param>
/// <param name="Hi">The upper end, inclusive.</param>
public readonly record struct IntRange(int Lo, int Hi)
{
    /// <summary>A constant.</summary>
    public static implicit operator IntRange(int value) => new(value, value);

    /// <summary>A constant, for languages without implicit conversions.</summary>
    public static IntRange FromInt32(int value) => new(value, value);

    /// <summary>Whether the range is a single value, which draws nothing from the Rng.</summary>
    public bool IsConstant => Lo == Hi;

    /// <summary>Draws an integer uniformly from [Lo, Hi] (nothing is drawn for a constant).</summary>
    public int Sample(Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return IsConstant ? Lo : rng.Next(Lo, Hi + 1);
    }

    /// <summary>The text form: the constant, or <c>lo..hi</c>.</summary>
    public override string ToString() => IsConstant
        ? Lo.ToString(CultureInfo.InvariantCulture)
        : Lo.ToString(CultureInfo.InvariantCulture) + ".." + Hi.ToString(CultureInfo.InvariantCulture);
}
