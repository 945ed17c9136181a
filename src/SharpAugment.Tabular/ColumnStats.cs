namespace SharpAugment.Tabular;

/// <summary>Per-column statistics shared by the samplers and augmenters.</summary>
internal static class ColumnStats
{
    /// <summary>Population (ddof 0) standard deviation of each numeric column over <paramref name="rows"/> (all rows when null), as numpy's std.</summary>
    public static double[] PopulationStd(TabularDataset data, int[]? rows)
    {
        int d = data.NumericColumns;
        int n = rows?.Length ?? data.Rows;
        var mean = new double[d];
        var std = new double[d];
        for (int i = 0; i < n; i++)
        {
            var x = data.NumericRow(rows?[i] ?? i);
            for (int f = 0; f < d; f++)
            {
                mean[f] += x[f];
            }
        }

        for (int f = 0; f < d; f++)
        {
            mean[f] /= n;
        }

        for (int i = 0; i < n; i++)
        {
            var x = data.NumericRow(rows?[i] ?? i);
            for (int f = 0; f < d; f++)
            {
                double dev = x[f] - mean[f];
                std[f] += dev * dev;
            }
        }

        for (int f = 0; f < d; f++)
        {
            std[f] = Math.Sqrt(std[f] / n);
        }

        return std;
    }

    /// <summary>numpy's median: the middle value, or the mean of the two middle values.</summary>
    public static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
