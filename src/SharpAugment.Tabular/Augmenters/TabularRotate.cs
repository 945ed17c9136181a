using System.Globalization;
using SharpAugment.Pipelines;
using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Augmenters;

/// <summary>
/// Rotates each row's point in the plane of two numeric columns about a fixed centre by its own angle drawn from the
/// range: a small rotation moves a point along a ring about the centre, which keeps its class wherever the classes are
/// arranged around that centre (spirals, rings, polar data) and where plain noise would blur them.
/// </summary>
public sealed class TabularRotate(TabularRotateOptions options) : TableAugmenter<TabularRotateOptions>("tabular_rotate", options)
{
    private protected override void Rewrite(TabularDataset input, Span<float> numeric, Rng rng)
    {
        int d = input.NumericColumns;
        int cx = Options.Columns[0], cy = Options.Columns[1];
        if (cx >= d || cy >= d)
        {
            throw new TransformParameterException(Name, "columns", string.Create(CultureInfo.InvariantCulture, $"[{cx}, {cy}]"),
                string.Create(CultureInfo.InvariantCulture, $"indices below the table's {d} numeric column(s)"));
        }

        double ox = Options.Center[0], oy = Options.Center[1];
        for (int r = 0; r < input.Rows; r++)
        {
            double radians = Options.Angle.Sample(rng) * (Math.PI / 180);
            double cos = Math.Cos(radians), sin = Math.Sin(radians);
            double x = numeric[r * d + cx] - ox, y = numeric[r * d + cy] - oy;
            numeric[r * d + cx] = (float)(ox + cos * x - sin * y);
            numeric[r * d + cy] = (float)(oy + sin * x + cos * y);
        }
    }
}
