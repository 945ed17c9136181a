using SharpAugment.Randomness;

namespace SharpAugment.Tabular.Augmenters;

/// <summary>
/// Within-class Mixup for tables: every row is blended with a uniformly drawn row of the same class,
/// x = lambda x_i + (1 - lambda) x_j with lambda ~ Beta(alpha, alpha) folded to [0.5, 1], so the row stays dominant and
/// its hard label and categorical cells remain correct (cross-class Mixup would need soft labels, which a table of
/// class labels cannot carry).
/// </summary>
public sealed class TabularMixup(TabularMixupOptions options) : TableAugmenter<TabularMixupOptions>("tabular_mixup", options)
{
    private protected override void Rewrite(TabularDataset input, Span<float> numeric, Rng rng)
    {
        int d = input.NumericColumns;
        if (d == 0)
        {
            return;
        }

        foreach (int label in input.ClassCounts().Keys)
        {
            var rows = input.RowsOfClass(label);
            foreach (int i in rows)
            {
                int j = rows[rng.Next(rows.Length)];
                double lambda = rng.Beta(Options.Alpha, Options.Alpha);
                lambda = Math.Max(lambda, 1 - lambda);
                var xi = input.NumericRow(i);
                var xj = input.NumericRow(j);
                var target = numeric.Slice(i * d, d);
                for (int f = 0; f < d; f++)
                {
                    target[f] = (float)(lambda * xi[f] + (1 - lambda) * xj[f]);
                }
            }
        }
    }
}
