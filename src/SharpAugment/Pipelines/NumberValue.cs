using System.Globalization;

namespace SharpAugment.Pipelines;

/// <summary>A number argument (<c>angle=30</c>).</summary>
/// <param name="Value">The number.</param>
public sealed record NumberValue(double Value) : SpecValue
{
    /// <summary>The shortest round-tripping text, so formatting and parsing give back the same double.</summary>
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}
