namespace SharpAugment.Tabular.Regression;

/// <summary>
/// The relevance function phi of a numeric target (Ribeiro 2011, as SMOTER and SMOGN use it): control points from
/// the target's box plot, relevance 0 at the median and 1 at each whisker that has values beyond it, joined by cubic
/// Hermite pieces with zero slopes (the smogn package's "auto" method), constant outside the outermost points.
/// </summary>
public sealed class Relevance
{
    private readonly double[] _x;
    private readonly double[] _phi;

    /// <summary>Control points (target value, relevance), ascending in the value.</summary>
    public Relevance(IReadOnlyList<(double Value, double Relevance)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("relevance: at least one control point is needed.");
        }

        for (int i = 0; i < points.Count; i++)
        {
            if (!double.IsFinite(points[i].Value) || points[i].Relevance is < 0 or > 1 || (i > 0 && points[i].Value <= points[i - 1].Value))
            {
                throw new ArgumentException($"relevance: control point {i} ({points[i].Value}, {points[i].Relevance}) must be finite, ascending and have relevance in [0, 1].");
            }
        }

        _x = [.. points.Select(p => p.Value)];
        _phi = [.. points.Select(p => p.Relevance)];
    }

    /// <summary>The control points.</summary>
    public IReadOnlyList<(double Value, double Relevance)> Points => [.. _x.Zip(_phi)];

    /// <summary>
    /// The automatic control points: the median (relevance 0) and, where some target lies beyond it, the box plot's
    /// lower and upper whisker (relevance 1): the most extreme targets within <paramref name="coef"/> x IQR of the quartiles.
    /// </summary>
    public static Relevance FromBoxPlot(ReadOnlySpan<float> target, double coef = 1.5)
    {
        if (target.Length == 0)
        {
            throw new ArgumentException("relevance: the target is empty.");
        }

        var y = target.ToArray().Select(v => (double)v).Order().ToArray();
        double q1 = Quantile(y, 0.25), median = Quantile(y, 0.5), q3 = Quantile(y, 0.75), iqr = q3 - q1;
        double lower = y.First(v => v >= q1 - coef * iqr), upper = y.Last(v => v <= q3 + coef * iqr);
        var points = new List<(double, double)>();
        if (y[0] < lower && lower < median)
        {
            points.Add((lower, 1));
        }

        points.Add((median, 0));
        if (y[^1] > upper && upper > median)
        {
            points.Add((upper, 1));
        }

        return new Relevance(points);
    }

    /// <summary>numpy's linear-interpolation quantile of sorted values.</summary>
    private static double Quantile(double[] sorted, double q)
    {
        double pos = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(pos);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>phi(<paramref name="value"/>) in [0, 1].</summary>
    public double Of(double value)
    {
        if (value <= _x[0])
        {
            return _phi[0];
        }

        if (value >= _x[^1])
        {
            return _phi[^1];
        }

        int i = 0;
        while (value > _x[i + 1])
        {
            i++;
        }

        double s = (value - _x[i]) / (_x[i + 1] - _x[i]);
        double h = s * s * (3 - 2 * s); // Hermite with zero end slopes
        return _phi[i] + h * (_phi[i + 1] - _phi[i]);
    }
}
