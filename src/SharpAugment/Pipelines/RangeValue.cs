using System.Globalization;

namespace SharpAugment.Pipelines;

/// <summary>A closed range argument (<c>angle=-30..30</c>), sampled uniformly by the transform.</summary>
/// <param name="Lo">The lower end.</param>
/// <param name="Hi">The upper end.</param>
public sealed record RangeValue(double Lo, double Hi) : SpecValue
{
    /// <summary>The text form <c>lo..hi</c>.</summary>
    public override string ToString() =>
        Lo.ToString("R", CultureInfo.InvariantCulture) + ".." + Hi.ToString("R", CultureInfo.InvariantCulture);
}
